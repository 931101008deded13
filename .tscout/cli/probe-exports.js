"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.probeExports = probeExports;
// Loading a hook file to see what it exports, in a child process: a hook file
// may start timers, open sockets, print, or call process.exit when loaded, and
// none of that may break `autowrapt check`. The child loads the file with
// require(), as the runtime does (CommonJS, and ESM through require(esm)), and
// writes its answer on file descriptor 3 so the hook's own output cannot garble it.
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const hook_frame_js_1 = require("../core/hook-frame.js");
const problem_js_1 = require("../core/problem.js");
const log_js_1 = require("../report/log.js");
// Plain JavaScript run with `node -e`. `null` names the default export, picked
// as the runtime's hook loader does: module.exports itself when it is a
// function, else its `default`; only own exports count, never inherited members.
// The facts about the module are the ones core/hook-export.ts words, so check
// says what the runtime says.
const PROBE = `
const [file, names] = [process.argv[1], JSON.parse(process.argv[2])]
Error.stackTraceLimit = 50 // deep enough to reach the hook file's frame, as at run time
let answer
try {
  const loaded = require(file)
  const own = (name) => Object.prototype.hasOwnProperty.call(loaded, name) ? loaded[name] : undefined
  const pick = (name) => loaded == null ? undefined : name !== null ? own(name) : typeof loaded === 'function' ? loaded : own('default')
  const functions = [], others = []
  if (loaded !== null && (typeof loaded === 'object' || typeof loaded === 'function')) {
    for (const key of Object.keys(loaded)) if (key !== '__esModule') (typeof loaded[key] === 'function' ? functions : others).push(key)
  }
  answer = { shapes: names.map((name) => [name, { found: typeof pick(name), moduleType: typeof loaded, functions, others }]) }
} catch (error) {
  answer = { error: error instanceof Error ? (error.name + ': ' + error.message).split('\\n')[0] : String(error), stack: String(error && error.stack) }
}
require('node:fs').writeSync(3, JSON.stringify(answer))
process.exit(0)
`;
function environment() {
    // Without AUTOWRAPT_BOOTSTRAP an inherited autowrapt/register preload does nothing.
    const env = { ...process.env };
    delete env.AUTOWRAPT_BOOTSTRAP;
    return env;
}
/** Loads `file` in a child node, from `cwd` (the package directory), and reports the shape for `exportNames`. */
function probeExports(file, exportNames, cwd, timeoutMs) {
    const child = (0, node_child_process_1.spawnSync)(process.execPath, ['-e', PROBE, file, JSON.stringify(exportNames)], {
        cwd,
        env: environment(),
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
    });
    const notLoaded = (why) => (0, problem_js_1.fail)(log_js_1.WarningCode.HookLoadFailed, `failed to load: ${why}`);
    const answer = child.output?.[3] ?? '';
    if (answer !== '') {
        // The child's own wire format (see PROBE), read once here.
        const parsed = JSON.parse(answer);
        if ('shapes' in parsed)
            return (0, problem_js_1.ok)(new Map(parsed.shapes));
        return (0, problem_js_1.fail)(log_js_1.WarningCode.HookLoadFailed, `failed to load${(0, hook_frame_js_1.atFrame)({ stack: parsed.stack }, (0, node_fs_1.realpathSync)(cwd))}: ${parsed.error}`);
    }
    if (child.error?.code === 'ETIMEDOUT') {
        return notLoaded(`loading did not finish within ${timeoutMs} ms; a hook file should only define functions when loaded`);
    }
    if (child.error !== undefined)
        return notLoaded(`could not start node to load it: ${child.error.message}`);
    const lastLine = (child.stderr ?? '').trim().split('\n').pop();
    const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${child.status}`;
    return notLoaded(`the process loading it ${how} before its exports could be read${lastLine ? ` (${lastLine})` : ''}`);
}
