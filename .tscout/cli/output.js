"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExitCode = void 0;
exports.print = print;
exports.printJson = printJson;
exports.printError = printError;
exports.reportFailure = reportFailure;
exports.columns = columns;
exports.plural = plural;
// Writing results and errors. Results (listings, check reports, --json) go to
// stdout; mistakes in how the CLI was called and failures of the CLI itself go
// to stderr, so `--json` output stays parseable.
const args_js_1 = require("./args.js");
exports.ExitCode = { Ok: 0, Problems: 1, Usage: 2 };
function print(text = '') {
    process.stdout.write(`${text}\n`);
}
function printJson(value) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
function printError(message, hint) {
    process.stderr.write(`autowrapt: ${message}\n${hint ? `${hint}\n` : ''}`);
}
/** Reports an error thrown by a command and returns the exit code for it. */
function reportFailure(error) {
    if (error instanceof args_js_1.UsageError) {
        printError(error.message, error.hint);
        return exports.ExitCode.Usage;
    }
    printError(error instanceof Error ? error.message : String(error));
    return exports.ExitCode.Problems;
}
/** Left-aligned columns, two spaces apart; the last column is not padded. */
function columns(rows, indent = '') {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row) => indent +
        row
            .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
            .join('  ')
            .trimEnd());
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
