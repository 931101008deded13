"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startLoader = startLoader;
const node_url_1 = require("node:url");
const load_tracker_js_1 = require("./load-tracker.js");
const cjs_require_guard_js_1 = require("./cjs-require-guard.js");
const log_js_1 = require("../report/log.js");
const node_features_js_1 = require("../core/node-features.js");
const commonjs_handoff_js_1 = require("../core/commonjs-handoff.js");
const own_modules_js_1 = require("../core/own-modules.js");
const subscription_js_1 = require("./subscription.js");
const start_loader_thread_js_1 = require("./start-loader-thread.js");
const foreign_wrapper_js_1 = require("./foreign-wrapper.js");
const foreign_copies_js_1 = require("./foreign-copies.js");
const wrapper_load_js_1 = require("./wrapper-load.js");
const import_graph_js_1 = require("./import-graph.js");
const iitm_bypass_js_1 = require("./iitm-bypass.js");
function iitmHookUrl() {
    // createHook derives the URL of import-in-the-middle's runtime from this URL.
    return (0, node_url_1.pathToFileURL)(require.resolve('import-in-the-middle/hook.mjs')).href;
}
// In-thread path. import-in-the-middle (and its parsers) is loaded only when
// the first target is resolved: a process that never imports an ESM target
// pays for a pass-through hook, not for the library. Before that, the hooks
// hand everything straight to Node, exactly as import-in-the-middle would for
// modules its include predicate refuses.
function startSyncLoader(matcher, onImported) {
    const tracker = (0, load_tracker_js_1.createLoadTracker)();
    const cycles = (0, import_graph_js_1.createCycleGuard)((message) => (0, log_js_1.warn)(log_js_1.WarningCode.EsmCycle, message));
    // An import of a target from inside the target's own cycle gets the module (import-graph.ts).
    function outsideCycles(specifier, context, result, nextResolve) {
        const { parentURL, conditions } = context;
        const target = result.format === 'commonjs' || !tracker.isIncluded(result.url) ? undefined : cycles.wrappedTarget(parentURL, result.url);
        if (target === undefined)
            return result;
        const pending = cycles.pendingWalk(target, parentURL, conditions);
        if (pending !== undefined) {
            // Node merges the context of each nextResolve call into this hook's own
            // (seen on 24 and 26): put it back as it was.
            const saved = { ...context };
            pending.done((0, import_graph_js_1.runSync)(pending.walk, (r) => nextResolve(r.specifier, r.context)));
            Object.assign(context, saved);
        }
        return cycles.inCycle(target, parentURL, specifier) ? { url: target, format: result.format, shortCircuit: true } : result;
    }
    const guard = (0, cjs_require_guard_js_1.createCjsRequireGuard)({
        isTarget: (url) => matcher.matches(url, (0, cjs_require_guard_js_1.packageOfUrl)(url)).length > 0,
        onRequired: (url) => (0, commonjs_handoff_js_1.markRequiredInCommonJs)((0, node_url_1.fileURLToPath)(url)),
        onUnhookable: (url, parent) => (0, cjs_require_guard_js_1.reportUnhookable)((message) => (0, log_js_1.warn)(log_js_1.WarningCode.Unhookable, message), url, parent),
    });
    let iitm;
    const cycleBindings = (0, iitm_bypass_js_1.createCycleBindingsWatch)();
    let ownRegisterUrl;
    function startIitm() {
        const { createHook } = (0, own_modules_js_1.requireOwn)('import-in-the-middle/create-hook.mjs');
        const hooks = createHook({ url: iitmHookUrl() });
        hooks.applyOptions({
            shouldInclude(url, specifier) {
                if (!matcher.shouldInclude(url, specifier))
                    return false;
                tracker.included(url);
                return true;
            },
        });
        (0, subscription_js_1.subscribeToIitm)((url) => !tracker.wasLoaded(url), onImported);
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('esm', 'first ESM target resolved: import-in-the-middle loaded');
        return hooks;
    }
    const { registerHooks } = require('node:module');
    registerHooks({
        resolve(specifier, context, nextResolve) {
            if (guard.isRequireInCommonJs(specifier, context))
                return guard.required(nextResolve(specifier, context), context.parentURL);
            const result = nextResolve(specifier, context);
            // The entry point and require() calls are never wrapped (import-in-the-middle's own rules).
            const included = () => !context.conditions?.includes('require') && matcher.shouldInclude(result.url, specifier);
            if (iitm === undefined) {
                if (!context.parentURL || !included())
                    return result;
                iitm = startIitm();
            }
            else if (!(0, iitm_bypass_js_1.resolveNeedsIitm)(specifier, context.parentURL, result.url, included))
                return result;
            // Resolved again inside import-in-the-middle: it keeps that nextResolve for the wrapper's `export *`.
            return outsideCycles(specifier, context, iitm.resolveSync(specifier, context, nextResolve), nextResolve);
        },
        load(url, context, nextLoad) {
            if (iitm === undefined)
                return guard.loaded(url, nextLoad(url, context));
            const wrapper = url.includes('?');
            if (!wrapper && !cycleBindings.announced && !tracker.isIncluded(url))
                return guard.loaded(url, nextLoad(url, context));
            tracker.loading(url);
            if (!wrapper)
                return guard.loaded(url, iitm.loadSync(url, context, nextLoad));
            const result = iitm.loadSync(url, context, (0, wrapper_load_js_1.withJsonAttribute)(nextLoad));
            if (cycleBindings.sawWrapper(result?.source) && log_js_1.debugEnabled)
                (0, log_js_1.debug)('esm', `${url}: import-in-the-middle staged this wrapper for an export * cycle; every later module loads through it`);
            // A target's wrapper built by another import-in-the-middle copy (see
            // foreign-wrapper.ts): subscribe to that copy before the wrapper evaluates.
            if (tracker.isIncluded(url)) {
                const foreign = (0, foreign_wrapper_js_1.foreignRegisterUrl)(result?.source, (ownRegisterUrl ??= (0, foreign_wrapper_js_1.registerUrlOf)(iitmHookUrl())));
                if (foreign !== undefined)
                    (0, foreign_copies_js_1.subscribeToForeignCopy)(foreign);
            }
            return result;
        },
    });
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('esm', 'in-thread hooks registered (module.registerHooks); import-in-the-middle loads with the first ESM target');
    return { addTarget: () => { }, leftToOtherLoaders: () => [] };
}
/**
 * Starts the loader for this Node version, or throws an Error saying why ESM
 * imports cannot be hooked here (the caller reports every ESM hook as unavailable).
 * `onImported` receives every module import-in-the-middle wraps, from the
 * moment the loader has subscribed (replays of earlier ones included).
 */
function startLoader(targets, matcher, onImported, options) {
    if (node_features_js_1.nodeFeatures.syncHooks())
        return startSyncLoader(matcher, onImported);
    if (node_features_js_1.nodeFeatures.moduleRegister())
        return (0, start_loader_thread_js_1.startAsyncLoader)(targets, onImported, options);
    const why = node_features_js_1.nodeFeatures.requireEsm()
        ? 'neither usable module.registerHooks nor module.register'
        : 'require(esm) is turned off (--no-experimental-require-module), which the in-thread hooks need';
    throw new Error(`Node.js ${process.version}: ${why}`);
}
