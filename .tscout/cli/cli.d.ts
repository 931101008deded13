/** Runs the CLI on `argv` (without node and the script) and resolves to the exit code. */
export declare function cli(argv: readonly string[]): Promise<number>;
