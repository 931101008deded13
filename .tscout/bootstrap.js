"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.discoverInto = discoverInto;
exports.bootstrap = bootstrap;
// Bootstrap: config -> discovery -> hooks registered -> adapters installed
// (src/adapters.ts subscribes to the registry and installs each adapter when
// the first target of its kind appears).
// Idempotent across --require plus --import and across installed copies,
// through the shared global state.
const discovery_js_1 = require("./core/discovery.js");
const hook_loader_js_1 = require("./core/hook-loader.js");
const log_js_1 = require("./report/log.js");
const node_features_js_1 = require("./core/node-features.js");
const report_js_1 = require("./report/report.js");
const registry_js_1 = require("./core/registry.js");
const adapters_js_1 = require("./adapters.js");
const tracing_spec_js_1 = require("./core/tracing-spec.js");
/** Resolves one name, warns about each problem, and registers its hooks (except disabled ones). */
function discoverInto(state, name, bases = (0, discovery_js_1.defaultBases)()) {
    const registry = state.registry;
    const found = (0, discovery_js_1.resolveBootstrapName)(name, bases);
    for (const problem of found.problems)
        (0, log_js_1.warn)(problem.code, problem.message);
    if (log_js_1.debugEnabled) {
        for (const pkg of found.packages)
            (0, log_js_1.debug)('core', `"${name}": patch package ${pkg.name}@${pkg.version ?? '?'} at ${pkg.dir}`);
    }
    for (const { pkg, spec } of found.declarations) {
        const origin = { packageName: pkg.name, packageDir: pkg.dir, file: spec.file, exportName: spec.exportName, group: spec.group };
        const entry = { load: (0, hook_loader_js_1.createHookLoader)(origin), versions: spec.versions, origin };
        if (state.disable.isDisabled(pkg.name, spec.target.name))
            registry.registerDisabled(spec.target, entry);
        else
            registry.register(spec.target, entry);
    }
    const traced = [];
    for (const { pkg, spec } of found.tracing) {
        const disabled = state.disable.isDisabled(pkg.name, spec.moduleName);
        const record = { spec, packageName: pkg.name, packageDir: pkg.dir, channel: (0, tracing_spec_js_1.channelOf)(spec), disabled, outcomes: [] };
        state.tracing.push(record);
        if (disabled && log_js_1.debugEnabled)
            (0, log_js_1.debug)('core', `AUTOWRAPT_DISABLE turns off tracing entry ${spec.jsonPath} of "${pkg.name}" on "${spec.moduleName}"`);
        if (!disabled)
            traced.push(record);
    }
    (0, adapters_js_1.addTracingRecords)(state, traced);
    return {
        name,
        packages: found.packages.map((p) => ({ name: p.name, dir: p.dir, version: p.version })),
        hooks: found.declarations.length,
        tracing: found.tracing.length,
        problems: found.problems.map((p) => p.message),
    };
}
// At exit, name the hooks that never met their target: the most common
// "why didn't my hook fire?" answer is that the module was never loaded.
function logUnfired(state) {
    for (const record of state.registry.records()) {
        if (record.outcomes.length === 0 && !record.disabled)
            (0, log_js_1.debug)('core', `${(0, registry_js_1.describeHook)(record)} never fired: "${record.target.name}" was not loaded by this process`);
    }
}
// An AUTOWRAPT_DISABLE entry that turned nothing off is most likely a typo,
// which would leave on exactly the hook the operator meant to turn off.
function warnUnmatchedDisable(state) {
    if (state.config.disable.length === 0)
        return;
    const declared = [
        ...state.registry.records().flatMap((r) => (r.origin ? [[r.origin.packageName, r.target.name]] : [])),
        ...state.tracing.map((t) => [t.packageName, t.spec.moduleName]),
    ];
    for (const { entry, suggestion } of state.disable.unmatched(declared)) {
        (0, log_js_1.warn)(log_js_1.WarningCode.InvalidDisable, `AUTOWRAPT_DISABLE entry "${entry}" matches no declared hook${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    }
}
/** Runs one step of bootstrap so that its failure loses only what depends on it. */
function step(state, what, run) {
    try {
        run();
    }
    catch (error) {
        if (state.registry.strict)
            throw error;
        (0, log_js_1.warn)(log_js_1.WarningCode.InternalError, `${what} failed: ${(0, log_js_1.describeError)(error)}; the application continues without it`);
    }
}
function bootstrap() {
    if (node_features_js_1.nodeFeatures.isLoaderThread())
        return;
    const state = (0, adapters_js_1.getWiredState)();
    if (state.bootstrapped) {
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('core', 'already bootstrapped in this process; nothing to do');
        return;
    }
    state.bootstrapped = true;
    const config = state.config;
    step(state, 'the report', () => {
        if (config.report !== undefined)
            (0, report_js_1.installReport)(state, config.report);
        if (log_js_1.debugEnabled)
            process.once('exit', () => logUnfired(state));
    });
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('core', `AUTOWRAPT_BOOTSTRAP names: ${config.bootstrap.join(', ') || '(none)'}`);
    const bases = (0, discovery_js_1.defaultBases)();
    // Each name alone: one that cannot be resolved or registered loses its own hooks only.
    for (const name of config.bootstrap)
        step(state, `bootstrap of "${name}"`, () => discoverInto(state, name, bases));
    step(state, 'the AUTOWRAPT_DISABLE check', () => warnUnmatchedDisable(state));
}
