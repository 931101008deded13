"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATE_FORMAT = void 0;
exports.isCompatible = isCompatible;
exports.getState = getState;
// Process-wide state, shared by every copy of autowrapt through a global
// symbol: two installed copies (or --require plus --import) must see one
// registry and install each adapter once. The adapters are wired to it from
// above (src/adapters.ts), so the core never imports an adapter.
//
// The record is versioned, as @opentelemetry/api versions its global: a copy
// shares it only when both the record's shape (`format`) and the package's
// semver line agree. An incompatible copy warns, keeps a private state (its API
// still works, on its own adapters) and leaves bootstrap to the copy that
// published the record, so declared hooks never run twice.
const config_js_1 = require("./config.js");
const disable_js_1 = require("./disable.js");
const package_root_js_1 = require("./package-root.js");
const registry_js_1 = require("./registry.js");
const log_js_1 = require("../report/log.js");
/** Bumped whenever the record's shape changes in a way an older copy would misread. */
exports.STATE_FORMAT = 1;
const STATE = Symbol.for('autowrapt.state');
function ownVersion() {
    if (typeof AUTOWRAPT_BUILD_VERSION === 'string')
        return AUTOWRAPT_BUILD_VERSION;
    try {
        return require((0, package_root_js_1.ownPackageFile)('package.json')).version;
    }
    catch {
        return '0.0.0';
    }
}
/** Semver line of a version: the major, or `0.minor` before 1.0 (where a minor may break). */
function line(version) {
    const [major = '', minor = ''] = version.split('.');
    return major === '0' ? `0.${minor}` : major;
}
/** Whether a record published by another copy can be shared by this one. */
function isCompatible(record, format, version) {
    return record.format === format && typeof record.version === 'string' && line(record.version) === line(version);
}
function createState(version, bootstrapped) {
    const config = (0, config_js_1.parseConfig)();
    return {
        format: exports.STATE_FORMAT,
        version,
        registry: (0, registry_js_1.createRegistry)({ strict: config.strict }),
        bootstrapped,
        adapters: new Set(),
        config,
        disable: (0, disable_js_1.createDisableMatcher)(config.disable),
        tracing: [],
        refreshTracing: [],
    };
}
let privateState;
function getState() {
    if (privateState !== undefined)
        return privateState;
    const holder = globalThis;
    const found = holder[STATE];
    const version = ownVersion();
    if (found === undefined) {
        const state = createState(version, false);
        Object.defineProperty(globalThis, STATE, { value: state, enumerable: false, configurable: true });
        return state;
    }
    if (isCompatible(found, exports.STATE_FORMAT, version)) {
        // A compatible copy from before declarative tracing: the tracing lists are
        // additions it never reads, so they are attached rather than the format bumped.
        const shared = found;
        if (shared.tracing === undefined)
            Object.assign(shared, { tracing: [], refreshTracing: [] });
        return shared;
    }
    const theirs = typeof found.version === 'string' ? found.version : 'unknown';
    (0, log_js_1.warn)(log_js_1.WarningCode.IncompatibleCopy, `two incompatible copies of autowrapt are loaded: ${theirs} (state format ${String(found.format ?? 0)}) came first and runs the AUTOWRAPT_BOOTSTRAP hooks; ` +
        `this copy, ${version} (state format ${exports.STATE_FORMAT}, at ${__dirname}), keeps its own registry for hooks registered through its API. Install one version of autowrapt`);
    privateState = createState(version, true);
    return privateState;
}
