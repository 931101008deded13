"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCommand = void 0;
// `autowrapt run [--bootstrap names] [--report] -- <command...>`: runs a
// command with autowrapt preloaded into every Node process it starts (through
// NODE_OPTIONS, which child processes inherit too), and exits as it exits.
const node_child_process_1 = require("node:child_process");
const node_os_1 = require("node:os");
const args_js_1 = require("./args.js");
const output_js_1 = require("./output.js");
const paths_js_1 = require("./paths.js");
const run_env_js_1 = require("./run-env.js");
// Signals sent to this process alone are passed on. SIGINT is not: Ctrl-C
// already reaches the whole foreground process group, and a second SIGINT
// would make many servers skip their graceful shutdown.
const FORWARDED = ['SIGTERM', 'SIGHUP', 'SIGQUIT'];
function exitLike(signal) {
    // Re-raise so our parent sees the same death; 128+n is the shell's convention if that does not end us.
    process.kill(process.pid, signal);
    return 128 + (node_os_1.constants.signals[signal] ?? 0);
}
function runWithAutowrapt(args) {
    const command = args.rest ?? [];
    if (command.length === 0) {
        throw new args_js_1.UsageError('no command to run', 'put the command after "--": autowrapt run --bootstrap acme-patches -- node app.js');
    }
    const bootstrap = args.options.get('bootstrap');
    const env = (0, run_env_js_1.runEnvironment)(process.env, { bootstrap: typeof bootstrap === 'string' ? bootstrap : undefined, report: args.options.has('report') }, paths_js_1.REGISTER_PATH);
    if (typeof env === 'string')
        throw new args_js_1.UsageError(env, 'pass --bootstrap <names> or set AUTOWRAPT_BOOTSTRAP');
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(command[0], command.slice(1), { stdio: 'inherit', env });
        const forward = (signal) => child.kill(signal);
        const ignoreInterrupt = () => { };
        for (const signal of FORWARDED)
            process.on(signal, forward);
        process.on('SIGINT', ignoreInterrupt);
        const stopListening = () => {
            for (const signal of FORWARDED)
                process.off(signal, forward);
            process.off('SIGINT', ignoreInterrupt);
        };
        child.on('error', (error) => {
            stopListening();
            (0, output_js_1.printError)(error.code === 'ENOENT' ? `command not found: ${command[0]}` : `could not run ${command[0]}: ${error.message}`);
            resolve(error.code === 'ENOENT' ? 127 : 126);
        });
        child.on('exit', (code, signal) => {
            stopListening();
            resolve(signal ? exitLike(signal) : (code ?? output_js_1.ExitCode.Problems));
        });
    });
}
exports.runCommand = {
    name: 'run',
    summary: 'run a command with autowrapt and the named patch packages switched on',
    usage: 'autowrapt run [--bootstrap <names>] [--report] -- <command> [args...]',
    options: [
        { name: 'bootstrap', short: 'b', value: '<names>', description: 'patch packages and groups to apply (default: AUTOWRAPT_BOOTSTRAP)' },
        { name: 'report', description: "set AUTOWRAPT_REPORT=1 in the command's environment" },
        args_js_1.HELP_OPTION,
    ],
    details: [
        'Adds "--import <this package\'s register.cjs>" to NODE_OPTIONS (kept otherwise, and not',
        'added twice) and sets AUTOWRAPT_BOOTSTRAP, so every Node process the command starts is',
        "patched. Exits with the command's exit code, or dies of the same signal.",
    ].join('\n'),
    stopAtPositional: true,
    run: runWithAutowrapt,
};
