export type OptionSpec = {
    readonly name: string;
    readonly short?: string;
    /** Placeholder for the option's value in help (`<names>`); absent for a flag. */
    readonly value?: string;
    readonly description: string;
};
export type ParsedArgs = {
    readonly options: ReadonlyMap<string, string | true>;
    readonly positionals: readonly string[];
    /** What follows `--` (or, with `stopAtPositional`, the first positional and after); undefined when absent. */
    readonly rest: readonly string[] | undefined;
};
export type Command = {
    readonly name: string;
    readonly summary: string;
    readonly usage: string;
    readonly options: readonly OptionSpec[];
    /** Further help text, after the options. */
    readonly details: string;
    /** Options end at the first positional, which starts a command line to run. */
    readonly stopAtPositional?: boolean;
    readonly run: (args: ParsedArgs) => number | Promise<number>;
};
/** A mistake in how the CLI was called: printed with a hint, exit code 2. */
export declare class UsageError extends Error {
    readonly hint: string;
    constructor(message: string, hint: string);
}
export declare const HELP_OPTION: OptionSpec;
/**
 * Parses `argv` (the words after the command name) against `specs`, with
 * Node's util.parseArgs doing the tokenising (`--name=value`, `-abc`, `--`).
 * Its tokens, not its strict mode, decide the errors, so that each mistake
 * gets a UsageError that says what to do, and so that options can end at the
 * first positional (`autowrapt run ... node app.js --flag`).
 */
export declare function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string, stopAtPositional?: boolean): ParsedArgs;
