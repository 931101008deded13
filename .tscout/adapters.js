"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getWiredState = getWiredState;
exports.addTracingRecords = addTracingRecords;
const state_js_1 = require("./core/state.js");
const log_js_1 = require("./report/log.js");
/** The shared state, with the adapters subscribed to its registry (once per process, across copies). */
function getWiredState() {
    const state = (0, state_js_1.getState)();
    if (!state.adapters.has('wired')) {
        state.adapters.add('wired');
        state.registry.onNewTarget((target) => installAdaptersFor(state, target));
    }
    return state;
}
const FORMAT = { builtin: 'builtin', cjs: 'commonjs', esm: 'module' };
const WHAT = { builtin: 'builtin modules', cjs: 'require()', esm: 'ESM imports' };
/** An adapter that cannot run: its hooks are reported unavailable, with one warning. */
function unavailable(state, name, error) {
    // Not rethrown under AUTOWRAPT_STRICT: that is about hook code, and this is the environment.
    const reason = error instanceof Error ? error.message.split('\n')[0] : (0, log_js_1.describeError)(error);
    const serves = name === 'builtin' ? (t) => t.kind === 'builtin' : (t) => t.kind !== 'builtin';
    state.registry.markUnavailable(FORMAT[name], serves, `${WHAT[name]} cannot be hooked: ${reason}`);
    (0, log_js_1.warn)(name === 'esm' ? log_js_1.WarningCode.EsmUnavailable : log_js_1.WarningCode.AdapterUnavailable, `${WHAT[name]} cannot be hooked in this process (${reason}); hooks on them are reported as unavailable, all others still apply`);
}
function install(state, name, run) {
    if (state.adapters.has(name))
        return;
    state.adapters.add(name);
    try {
        run(state.registry);
    }
    catch (error) {
        unavailable(state, name, error);
    }
}
function installAdaptersFor(state, target) {
    if (target.kind === 'builtin') {
        install(state, 'builtin', (registry) => require('./builtins/adapter.js').installBuiltinAdapter(registry));
        return;
    }
    // require-in-the-middle itself is made at the first require() of a target, so it can fail then.
    install(state, 'cjs', (registry) => require('./cjs/adapter.js').installCjsAdapter(registry, (error) => unavailable(state, 'cjs', error)));
    if (state.config.esm)
        install(state, 'esm', (registry) => require('./esm/adapter.js').installEsmAdapter(registry));
    else if (!state.adapters.has('esm')) {
        // AUTOWRAPT_ESM=0: the operator's choice, so no warning; the report still
        // says, hook by hook, that ES module imports were not looked at.
        state.adapters.add('esm');
        state.registry.markUnavailable('module', (t) => t.kind !== 'builtin', 'ESM imports are not hooked: AUTOWRAPT_ESM=0');
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('esm', 'AUTOWRAPT_ESM=0: no ESM hooks, no loader thread; only require() and builtins are hooked');
    }
}
/** Declarative tracing: loaded with the first tracing entry, never before. */
function addTracingRecords(state, records) {
    if (records.length === 0)
        return;
    try {
        ;
        require('./tracing/adapter.js').addTracingRecords(state, records);
    }
    catch (error) {
        // Like an adapter that cannot start: said, never fatal, hooks unaffected.
        (0, log_js_1.warn)(log_js_1.WarningCode.AdapterUnavailable, `declarative tracing cannot be installed in this process (${(0, log_js_1.describeError)(error)}); its entries are not applied, hooks still are`);
    }
}
