"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HookLoadError = void 0;
exports.pickExport = pickExport;
exports.createHookLoader = createHookLoader;
// Lazy loading of declared hook files. Only package.json files are read at
// startup; a hook file is loaded the first time one of its targets loads.
const hook_files_js_1 = require("./hook-files.js");
const log_js_1 = require("../report/log.js");
const manifest_js_1 = require("./manifest.js");
const hook_export_js_1 = require("./hook-export.js");
const hook_frame_js_1 = require("./hook-frame.js");
function label(origin) {
    return `${(0, manifest_js_1.hookRef)(origin)} of "${origin.packageName}"`;
}
/**
 * Picks the hook function out of a loaded hook module. Only the module's own
 * exports count: `#toString` or `#constructor` must not pick up what every
 * object inherits.
 */
function pickExport(loaded, exportName) {
    if (loaded === null || loaded === undefined)
        return undefined;
    const own = (name) => (Object.prototype.hasOwnProperty.call(loaded, name) ? loaded[name] : undefined);
    if (exportName !== undefined)
        return own(exportName);
    // A CommonJS module whose module.exports is the function, or a default export
    // (ESM, or CommonJS compiled from TypeScript with `exports.default`).
    if (typeof loaded === 'function')
        return loaded;
    return own('default');
}
/** A hook that cannot be loaded; the registry warns with `code` and records the failure. */
class HookLoadError extends Error {
    code;
    original;
    constructor(code, message, original) {
        super(message);
        this.code = code;
        this.original = original;
    }
}
exports.HookLoadError = HookLoadError;
/**
 * Returns a loader for the hook an origin names. The loader resolves the file,
 * checks it stays inside its package (also through symlinks), requires it
 * (CommonJS or ESM through require(esm)) and picks the export. It throws a
 * HookLoadError on any failure.
 */
function createHookLoader(origin) {
    let loaded;
    return () => {
        if (loaded !== undefined)
            return loaded;
        const located = (0, hook_files_js_1.locateHookFile)(origin.packageDir, origin.file, label(origin));
        if (!located.ok) {
            const outcome = located.problem.code === log_js_1.WarningCode.UnsafeHookPath ? 'refused' : 'the hook is skipped';
            throw new HookLoadError(located.problem.code, `${located.problem.message}; ${outcome}`);
        }
        const real = located.value;
        let module;
        try {
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('core', `loading hook file ${real}`);
            module = (0, hook_frame_js_1.withHookStacks)(() => require(real));
        }
        catch (error) {
            throw new HookLoadError(log_js_1.WarningCode.HookLoadFailed, `hook file ${label(origin)} failed to load${(0, hook_frame_js_1.atFrame)(error, origin.packageDir)}: ${(0, log_js_1.describeError)(error)}; the hook is skipped`, error);
        }
        const hook = pickExport(module, origin.exportName);
        if (typeof hook !== 'function') {
            const message = (0, hook_export_js_1.missingExportMessage)(origin.exportName, (0, hook_export_js_1.exportShape)(module, hook));
            throw new HookLoadError(log_js_1.WarningCode.HookExport, `hook file ${label(origin)} ${message}; the hook is skipped`);
        }
        loaded = hook;
        return loaded;
    };
}
