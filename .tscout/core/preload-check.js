"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.preloadedModules = preloadedModules;
exports.checkMainEntryPreload = checkMainEntryPreload;
// `--import autowrapt` (the library) where `--import autowrapt/register` (the
// preload) was meant: the library has no side effects, so AUTOWRAPT_BOOTSTRAP
// would be silently ignored. Checked when the main entry loads with
// AUTOWRAPT_BOOTSTRAP set, from the process's own preload flags.
const log_js_1 = require("../report/log.js");
const PRELOAD_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
/** The modules preloaded by `args` (`--import x`, `--import=x`, `-r x`), in order. */
function preloadedModules(args) {
    const modules = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const eq = arg.indexOf('=');
        if (eq !== -1 && PRELOAD_FLAGS.has(arg.slice(0, eq)))
            modules.push(arg.slice(eq + 1));
        else if (PRELOAD_FLAGS.has(arg) && i + 1 < args.length)
            modules.push(args[++i]);
    }
    return modules.map((m) => m.replace(/^["']|["']$/g, ''));
}
const isRegister = (module) => /(?:^|[\\/])(?:autowrapt\/register|register\.cjs)$/.test(module);
/** Warns when the main entry, not autowrapt/register, was preloaded with AUTOWRAPT_BOOTSTRAP set. */
function checkMainEntryPreload(env = process.env, execArgv = process.execArgv) {
    const modules = preloadedModules([...(env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean), ...execArgv]);
    const main = modules.find((m) => m === 'autowrapt');
    if (main === undefined || modules.some(isRegister))
        return;
    (0, log_js_1.warn)(log_js_1.WarningCode.WrongEntry, `the preload names "autowrapt", the library, which does not apply hooks: AUTOWRAPT_BOOTSTRAP=${env.AUTOWRAPT_BOOTSTRAP} is ignored; preload "autowrapt/register" instead (--import autowrapt/register)`);
}
