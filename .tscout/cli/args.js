"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HELP_OPTION = exports.UsageError = void 0;
exports.parseArgs = parseArgs;
// Command-line parsing shared by every command: long and short options, with
// or without a value, `--` to end options.
const node_util_1 = require("node:util");
/** A mistake in how the CLI was called: printed with a hint, exit code 2. */
class UsageError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
exports.UsageError = UsageError;
exports.HELP_OPTION = { name: 'help', short: 'h', description: 'show this help' };
/**
 * Parses `argv` (the words after the command name) against `specs`, with
 * Node's util.parseArgs doing the tokenising (`--name=value`, `-abc`, `--`).
 * Its tokens, not its strict mode, decide the errors, so that each mistake
 * gets a UsageError that says what to do, and so that options can end at the
 * first positional (`autowrapt run ... node app.js --flag`).
 */
function parseArgs(argv, specs, command, stopAtPositional = false) {
    const options = new Map();
    const positionals = [];
    const hint = `run "autowrapt ${command} --help" for the options`;
    const config = Object.fromEntries(specs.map((s) => [s.name, { type: s.value === undefined ? 'boolean' : 'string', ...(s.short ? { short: s.short } : {}) }]));
    const { tokens } = (0, node_util_1.parseArgs)({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
    for (const token of tokens) {
        if (token.kind === 'option-terminator')
            return { options, positionals, rest: argv.slice(token.index + 1) };
        if (token.kind === 'positional') {
            if (stopAtPositional)
                return { options, positionals, rest: argv.slice(token.index) };
            positionals.push(token.value);
            continue;
        }
        const spec = specs.find((s) => s.name === token.name);
        if (spec === undefined)
            throw new UsageError(`unknown option "${token.rawName}" for "autowrapt ${command}"`, hint);
        if (spec.value === undefined) {
            if (token.value !== undefined)
                throw new UsageError(`option --${spec.name} takes no value`, hint);
            options.set(spec.name, true);
            continue;
        }
        // parseArgs takes the next word as the value even when it looks like an option.
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
            throw new UsageError(`option --${spec.name} needs a value: --${spec.name} ${spec.value}`, hint);
        }
        options.set(spec.name, token.value);
    }
    return { options, positionals, rest: undefined };
}
