"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addTracingRecords = addTracingRecords;
// Declarative tracing: files named by `autowrapt.tracing` entries are
// transformed with @apm-js-collab/code-transformer as they load, so that
// their functions publish diagnostics_channel TracingChannel events. Installed
// with the first entry; a process without entries never loads this folder.
// In-thread through module.registerHooks where Node has usable sync hooks
// (the same decision the ESM adapter makes); elsewhere a
// Module.prototype._compile step for CommonJS and a module.register loader for ESM.
const node_features_js_1 = require("../core/node-features.js");
const tracing_spec_js_1 = require("../core/tracing-spec.js");
const log_js_1 = require("../report/log.js");
const compile_hook_js_1 = require("./compile-hook.js");
const entry_index_js_1 = require("./entry-index.js");
const source_maps_js_1 = require("./source-maps.js");
const may_be_esm_js_1 = require("./may-be-esm.js");
const sync_hook_js_1 = require("./sync-hook.js");
const start_loader_js_1 = require("./start-loader.js");
// Process-wide, like the state: a second installed copy of autowrapt must feed
// the hooks the first one installed, not install its own.
const INSTALLED = Symbol.for('autowrapt.tracing');
function install(state) {
    const index = (0, entry_index_js_1.createEntryIndex)();
    const strict = state.registry.strict;
    let loader;
    const sync = node_features_js_1.nodeFeatures.syncHooks();
    if (sync)
        (0, sync_hook_js_1.installSyncHook)(index, strict);
    else
        (0, compile_hook_js_1.installCompileHook)(index, strict);
    // The loader thread, for ES modules on Nodes without usable sync hooks,
    // started with the first entry whose file may be ESM.
    function loaderFor(records) {
        if (sync || loader !== undefined || !records.some((r) => (0, may_be_esm_js_1.mayBeEsm)(r.spec)))
            return loader;
        if (!state.config.esm) {
            // AUTOWRAPT_ESM=0 promises no loader thread: ES module files stay untraced.
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('tracing', 'AUTOWRAPT_ESM=0: no loader thread, so tracing entries on ES module files are not applied');
            return undefined;
        }
        if (!node_features_js_1.nodeFeatures.moduleRegister()) {
            (0, log_js_1.warn)(log_js_1.WarningCode.EsmUnavailable, `this Node.js (${process.version}) has neither usable module.registerHooks nor module.register; tracing entries apply to CommonJS files only`);
            return undefined;
        }
        loader = (0, start_loader_js_1.startTracingLoader)(strict);
        state.refreshTracing.push(loader.refresh);
        process.once('exit', loader.refresh);
        // The loader thread cannot switch source maps on for this thread, and
        // this thread does not see when it transforms a file: switch them on now.
        (0, source_maps_js_1.enableSourceMaps)();
        return loader;
    }
    if (log_js_1.debugEnabled) {
        process.once('exit', () => {
            for (const record of state.tracing)
                if (!record.disabled && record.outcomes.length === 0)
                    (0, log_js_1.debug)('tracing', `${(0, tracing_spec_js_1.describeEntry)(record.spec)} (${record.packageName}) never applied: ${record.spec.moduleName}/${record.spec.filePath} was not loaded by this process`);
        });
    }
    return {
        add(records) {
            index.add(records);
            loaderFor(records)?.add(records);
        },
    };
}
/** Starts tracing the files these entries name (installing the hooks once per process). */
function addTracingRecords(state, records) {
    const holder = globalThis;
    let installed = holder[INSTALLED];
    if (installed === undefined) {
        installed = install(state);
        Object.defineProperty(globalThis, INSTALLED, { value: installed, enumerable: false, configurable: true });
    }
    installed.add(records);
}
