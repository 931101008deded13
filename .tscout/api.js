"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerPostImportHook = registerPostImportHook;
exports.whenImported = whenImported;
exports.discoverPostImportHooks = discoverPostImportHooks;
exports.notifyModuleLoaded = notifyModuleLoaded;
exports.tracingStatus = tracingStatus;
// The post-import hook API (wrapt parity): register, decorator, discover, notify.
const bootstrap_js_1 = require("./bootstrap.js");
const adapters_js_1 = require("./adapters.js");
const targets_js_1 = require("./core/targets.js");
const report_js_1 = require("./report/report.js");
function assertHook(hook) {
    if (typeof hook !== 'function')
        throw new TypeError(`autowrapt: a post-import hook must be a function, got ${typeof hook}`);
}
/**
 * Registers `hook` to run when `target` loads: a package (`express`), a file
 * inside a package (`mysql2/lib/connection.js`) or a builtin (`http` or
 * `node:http`). If the target is already loaded, the hook runs at once.
 * Returns a function that removes the hook; it returns true if the hook had
 * not fired yet.
 *
 * ```ts
 * registerPostImportHook((express) => { wrap(express.Router, 'use', ...) }, 'express')
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as PostImportHook's default
function registerPostImportHook(hook, target) {
    assertHook(hook);
    return (0, adapters_js_1.getWiredState)().registry.register((0, targets_js_1.toTarget)(target), { load: () => hook });
}
/**
 * Decorator form of {@link registerPostImportHook}; returns the hook unchanged.
 *
 * ```ts
 * whenImported('pg')((pg, info) => { ... })
 * ```
 */
function whenImported(target) {
    const parsed = (0, targets_js_1.toTarget)(target);
    return (hook) => {
        assertHook(hook);
        (0, adapters_js_1.getWiredState)().registry.register(parsed, { load: () => hook });
        return hook;
    };
}
/**
 * Does what one name of AUTOWRAPT_BOOTSTRAP does: `acme-patches`,
 * `acme-patches:experimental` or a group name. Problems are emitted as warnings
 * and returned.
 *
 * ```ts
 * discoverPostImportHooks('acme-apm')
 * ```
 */
function discoverPostImportHooks(name) {
    if (typeof name !== 'string' || name.trim() === '')
        throw new TypeError('autowrapt: discoverPostImportHooks takes a package or group name');
    return (0, bootstrap_js_1.discoverInto)((0, adapters_js_1.getWiredState)(), name.trim());
}
/**
 * Fires the hooks of `target` by hand, for modules autowrapt cannot see
 * (bundled code, custom loaders). Returns the exports the caller should use,
 * which a hook may have replaced. Each exports object counts as one instance.
 *
 * ```ts
 * const pg = notifyModuleLoaded('pg', bundledPg, { version: '8.11.0' })
 * ```
 */
function notifyModuleLoaded(target, exports, info = {}) {
    const parsed = (0, targets_js_1.toTarget)(target);
    if ((typeof exports !== 'object' || exports === null) && typeof exports !== 'function') {
        throw new TypeError('autowrapt: notifyModuleLoaded needs the module exports object');
    }
    const format = info.format ?? (parsed.kind === 'builtin' ? 'builtin' : 'commonjs');
    return (0, adapters_js_1.getWiredState)().registry.moduleLoaded(parsed, exports, exports, { ...info, name: parsed.name, format });
}
/**
 * The declarative tracing entries of this process and what became of each
 * (`applied`, `skipped-version`, `no-match`, `failed`, `not-loaded`,
 * `disabled`), with the diagnostics_channel name each publishes to, so a
 * subscriber can tell which channels are live.
 *
 * ```ts
 * for (const t of tracingStatus()) if (t.outcome === 'applied') subscribe(t.channel)
 * ```
 */
function tracingStatus() {
    return (0, report_js_1.tracingReport)((0, adapters_js_1.getWiredState)());
}
