"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cli = cli;
// The autowrapt command line: global options and help, then dispatch to one
// command. Returns the exit code instead of exiting, so output is flushed.
const args_js_1 = require("./args.js");
const check_js_1 = require("./check.js");
const env_js_1 = require("./env.js");
const help_js_1 = require("./help.js");
const list_js_1 = require("./list.js");
const output_js_1 = require("./output.js");
const paths_js_1 = require("./paths.js");
const run_js_1 = require("./run.js");
const COMMANDS = [list_js_1.listCommand, check_js_1.checkCommand, run_js_1.runCommand, env_js_1.envCommand];
const MAIN_HINT = 'run "autowrapt --help" for the commands and options';
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++)
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
    }
    return row[b.length];
}
function findCommand(name) {
    const command = COMMANDS.find((c) => c.name === name);
    if (command !== undefined)
        return command;
    const near = COMMANDS.find((c) => distance(c.name, name) <= 2);
    throw new args_js_1.UsageError(`unknown command "${name}"`, near ? `did you mean "autowrapt ${near.name}"? ${MAIN_HINT}` : MAIN_HINT);
}
async function dispatch(argv) {
    const [first, ...rest] = argv;
    if (first === undefined) {
        process.stderr.write(`${(0, help_js_1.mainHelp)(COMMANDS)}\n`);
        return output_js_1.ExitCode.Usage;
    }
    if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
        (0, output_js_1.print)((0, help_js_1.mainHelp)(COMMANDS));
        return output_js_1.ExitCode.Ok;
    }
    if (first === 'help') {
        (0, output_js_1.print)((0, help_js_1.commandHelp)(findCommand(rest[0])));
        return output_js_1.ExitCode.Ok;
    }
    if (first === '--version' || first === '-v') {
        (0, output_js_1.print)((0, paths_js_1.packageVersion)());
        return output_js_1.ExitCode.Ok;
    }
    if (first.startsWith('-'))
        throw new args_js_1.UsageError(`unknown option "${first}"`, MAIN_HINT);
    const command = findCommand(first);
    const args = (0, args_js_1.parseArgs)(rest, command.options, command.name, command.stopAtPositional);
    if (args.options.has('help')) {
        (0, output_js_1.print)((0, help_js_1.commandHelp)(command));
        return output_js_1.ExitCode.Ok;
    }
    return await command.run(args);
}
/** Runs the CLI on `argv` (without node and the script) and resolves to the exit code. */
async function cli(argv) {
    try {
        return await dispatch(argv);
    }
    catch (error) {
        return (0, output_js_1.reportFailure)(error);
    }
}
