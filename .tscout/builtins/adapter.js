"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installBuiltinAdapter = installBuiltinAdapter;
// Builtin targets. A builtin exists before any application code runs, so a
// hook on it fires as soon as it is registered (wrapt's "already imported"
// rule), on the one real module object. The registry then calls
// module.syncBuiltinESMExports(), so require('http'), require('node:http'),
// process.getBuiltinModule('http') and every ESM import form see the same
// patched functions, with no ESM loader involved.
//
// Loading a builtin at bootstrap must not print what the application would
// not: a deprecated (`sys`) or experimental (`node:sqlite` on Node 22) builtin
// emits a warning when first loaded, and --throw-deprecation turns the
// deprecation into a crash. So the load is quiet: warnings emitted while
// autowrapt loads it are held back (the debug log names them). If the module
// still cannot be loaded, that target's hooks are reported as unavailable.
// The trade-off (README, Limitations): an application that loads it later
// does not get that one-time warning either.
const module_instance_js_1 = require("../core/module-instance.js");
const log_js_1 = require("../report/log.js");
/** process.getBuiltinModule with warnings emitted during the load held back. */
function loadQuietly(name) {
    const emitWarning = process.emitWarning;
    const held = [];
    process.emitWarning = function holdWarning(warning) {
        held.push(typeof warning === 'string' ? warning : warning?.message);
    };
    try {
        return process.getBuiltinModule(name);
    }
    finally {
        process.emitWarning = emitWarning;
        if (held.length > 0 && log_js_1.debugEnabled)
            (0, log_js_1.debug)('builtin', `loading ${name} for its hooks emitted ${held.length} warning(s), held back: ${held.join(' | ')}`);
    }
}
function installBuiltinAdapter(registry) {
    const seen = new Set();
    const fire = (target) => {
        if (target.kind !== 'builtin' || seen.has(target.name))
            return;
        seen.add(target.name);
        let exports;
        try {
            exports = loadQuietly(target.name);
        }
        catch (error) {
            const reason = `loading builtin ${target.name} threw ${(0, log_js_1.describeError)(error)}`;
            registry.markUnavailable('builtin', (t) => t.name === target.name, reason);
            (0, log_js_1.warn)(log_js_1.WarningCode.AdapterUnavailable, `${reason}; its hooks are reported as unavailable, the other builtins are still patched`);
            return;
        }
        registry.moduleLoaded(target, exports, exports, (0, module_instance_js_1.moduleInfo)(target.name, 'builtin'));
    };
    registry.onNewTarget(fire);
    for (const target of registry.targets())
        fire(target);
}
