"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installEsmAdapter = installEsmAdapter;
// ESM: one import-in-the-middle hook, restricted to hook targets by an include
// predicate, so no other module is ever wrapped (wrapping breaks `export let`
// live bindings and costs startup time). In-thread through module.registerHooks
// where import-in-the-middle supports it; otherwise off-thread through
// module.register, which blocks until the loader has its target list.
const node_url_1 = require("node:url");
const start_loader_js_1 = require("./start-loader.js");
const matcher_js_1 = require("./matcher.js");
const internal_error_js_1 = require("./internal-error.js");
const subscription_js_1 = require("./subscription.js");
const foreign_copies_js_1 = require("./foreign-copies.js");
const imported_esm_js_1 = require("./imported-esm.js");
const cjs_require_guard_js_1 = require("./cjs-require-guard.js");
const log_js_1 = require("../report/log.js");
const module_instance_js_1 = require("../core/module-instance.js");
const state_js_1 = require("../core/state.js");
function esmInfo(name, url, format) {
    const filename = url.startsWith('file:') ? (0, node_url_1.fileURLToPath)(url) : undefined;
    return (0, module_instance_js_1.moduleInfo)(name, (format ?? formatOfLoaded(filename)) === 'commonjs' ? 'commonjs' : 'module', filename);
}
// import-in-the-middle 1.x and 2.x do not tell their subscribers the format.
// A CommonJS module imported from ESM has run by the time its wrapper
// evaluates, and sits in require.cache with its own exports.
function formatOfLoaded(filename) {
    const cached = filename === undefined ? undefined : require.cache[filename];
    return cached !== undefined && Object.prototype.toString.call(cached.exports) !== '[object Module]' ? 'commonjs' : 'module';
}
// A CommonJS target imported from ESM is the same instance as its require()
// (module-instance.ts): the hook gets the real module.exports, so it never
// fires twice, and the ESM view is then brought in line.
function applyToCommonJs(registry, target, namespace, info) {
    const cached = info.filename === undefined ? undefined : require.cache[info.filename];
    const original = cached ? cached.exports : namespace.default;
    if ((typeof original !== 'object' || original === null) && typeof original !== 'function')
        return;
    const result = registry.moduleLoaded(target, (0, module_instance_js_1.commonJsInstance)(original, info.filename ?? info.name), original, info);
    if (result !== original && cached)
        cached.exports = result;
    for (const key of Object.keys(namespace)) {
        const value = key === 'default' ? result : result?.[key];
        if (namespace[key] !== value && (key === 'default' || Object.prototype.hasOwnProperty.call(result, key))) {
            try {
                namespace[key] = value;
            }
            catch {
                // A binding import-in-the-middle cannot set: leave the original.
            }
        }
    }
}
function installEsmAdapter(registry) {
    const targetsByName = new Map();
    const initial = registry.targets().filter((t) => t.kind !== 'builtin');
    for (const t of initial)
        targetsByName.set(t.name, t);
    const matcher = (0, matcher_js_1.createMatcher)((0, matcher_js_1.matcherDataFor)(initial));
    // Modules wrapped before any hook targeted them: only another user of the
    // same import-in-the-middle copy wraps those (OpenTelemetry's loader wraps
    // every module), and import-in-the-middle keeps them all anyway. A target
    // registered later (the rest of the bootstrap, or at run time) may name one.
    const unmatched = [];
    // Fires the registry for one wrapped module. Errors of autowrapt's own are
    // contained here; a hook's error propagates only under AUTOWRAPT_STRICT, as
    // the README promises.
    function onImported(module) {
        let names;
        try {
            names = matcher.matches(module.url, module.specifier);
            if (names.length === 0)
                unmatched.push(module);
        }
        catch (error) {
            (0, internal_error_js_1.reportInternalError)('the ESM import callback', error);
            return;
        }
        for (const name of names) {
            const target = targetsByName.get(name);
            if (target !== undefined)
                fireTarget(target, module);
        }
        if (names.length > 0 && module.ownCopy) {
            try {
                (0, foreign_copies_js_1.forwardToForeignCopies)(module.url, module.namespace, module.specifier, (ownRegister ??= (0, subscription_js_1.ownRegisterFile)()));
            }
            catch (error) {
                (0, internal_error_js_1.reportInternalError)('handing an ESM module to another import-in-the-middle copy', error);
            }
        }
    }
    let ownRegister;
    function fireTarget(target, { url, namespace, format, late }) {
        let info;
        try {
            info = esmInfo(target.name, url, format);
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('esm', `matched ${target.name} at ${url} (${info.format})${late ? ', loaded before its hook was registered' : ''}`);
        }
        catch (error) {
            (0, internal_error_js_1.reportInternalError)('the ESM import callback', error);
            return;
        }
        try {
            if (info.format === 'commonjs') {
                applyToCommonJs(registry, target, namespace, info);
                return;
            }
            (0, imported_esm_js_1.fireOnImportedEsm)(registry, target, url, namespace, info, late);
        }
        catch (error) {
            if (registry.strict)
                throw error;
            (0, internal_error_js_1.reportInternalError)('the ESM import callback', error);
        }
    }
    const loader = (0, start_loader_js_1.startLoader)(initial, matcher, onImported, {
        threadAtOnce: (0, state_js_1.getState)().config.esmThreadAtOnce,
        // As when the adapter cannot start at bootstrap (adapters.ts).
        onUnavailable(reason) {
            registry.markUnavailable('module', (t) => t.kind !== 'builtin', `ESM imports cannot be hooked: ${reason}`);
            (0, log_js_1.warn)(log_js_1.WarningCode.EsmUnavailable, `ESM imports cannot be hooked in this process (${reason}); hooks on them are reported as unavailable, all others still apply`);
        },
    });
    // Before the report's own exit listener: it must see these outcomes.
    process.prependListener('exit', () => recordLeftToOtherLoaders(loader.leftToOtherLoaders()));
    (0, cjs_require_guard_js_1.onUnhookable)((url, reason) => {
        for (const name of matcher.matches(url, (0, cjs_require_guard_js_1.packageOfUrl)(url))) {
            const target = targetsByName.get(name);
            if (target !== undefined)
                registry.unhookable(target, 'commonjs', `${(0, node_url_1.fileURLToPath)(url)} ${reason}`);
        }
    });
    registry.onNewTarget((target) => {
        if (target.kind === 'builtin' || targetsByName.has(target.name))
            return;
        targetsByName.set(target.name, target);
        matcher.add((0, matcher_js_1.matcherDataFor)([target]));
        loader.addTarget(target);
        fireAlreadyWrapped(target);
    });
    // Target modules the loader left to another import-in-the-middle copy
    // (rebuilding-copy.ts) whose hooks never heard of them.
    function recordLeftToOtherLoaders(left) {
        try {
            for (const { url, specifier, copy } of left) {
                for (const name of matcher.matches(url, specifier)) {
                    const target = targetsByName.get(name);
                    if (target === undefined || !registry.moduleMissed(target, esmInfo(name, url, 'commonjs'), `import-in-the-middle at ${copy}`))
                        continue;
                    (0, log_js_1.warnNow)(log_js_1.WarningCode.ForeignLoader, `${url} was wrapped by the import-in-the-middle copy at ${copy}, registered after autowrapt on a Node without module.registerHooks; that copy (1.x or 2.x) rebuilds every module another loader marks, so autowrapt left this CommonJS module to it, and its hooks on "${name}" imported from ESM did not fire. Put --import autowrapt/register after that agent's loader, or use Node 22.22.3+ or 24.11.1+`);
                }
            }
        }
        catch (error) {
            (0, internal_error_js_1.reportInternalError)('the ESM report at exit', error);
        }
    }
    function fireAlreadyWrapped(target) {
        const single = (0, matcher_js_1.createMatcher)((0, matcher_js_1.matcherDataFor)([target]));
        for (let i = 0; i < unmatched.length; i++) {
            const module = unmatched[i];
            if (single.matches(module.url, module.specifier).length === 0)
                continue;
            unmatched.splice(i--, 1);
            fireTarget(target, { ...module, late: true });
        }
    }
}
