"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installSyncHook = installSyncHook;
// In-thread path (Nodes with usable module.registerHooks): one `load` hook sees
// every import and every require(), CommonJS and ESM alike, and hands Node the
// transformed source of the files tracing entries name.
const node_fs_1 = require("node:fs");
const package_info_js_1 = require("../core/package-info.js");
const log_js_1 = require("../report/log.js");
const entry_index_js_1 = require("./entry-index.js");
const outcomes_js_1 = require("./outcomes.js");
const source_maps_js_1 = require("./source-maps.js");
const source_text_js_1 = require("./source-text.js");
const transform_js_1 = require("./transform.js");
function installSyncHook(index, strict) {
    const { registerHooks } = require('node:module');
    registerHooks({
        load(url, context, nextLoad) {
            const result = nextLoad(url, context);
            const name = (0, entry_index_js_1.packageNameInUrl)(url);
            if (name === undefined || !index.hasPackage(name))
                return result;
            const filename = (0, source_text_js_1.tracedFileOf)(url);
            if (filename === undefined)
                return result;
            const match = index.match(filename);
            if (match === undefined)
                return result;
            // Node may leave a CommonJS file's source for its own loader to read.
            const source = (0, source_text_js_1.sourceText)(result.source ?? (0, node_fs_1.readFileSync)(filename));
            const format = (0, source_text_js_1.formatOf)(result.format, filename, source, (0, package_info_js_1.readPackageJson)(match.dir)?.type);
            if (format === undefined)
                return result;
            const code = (0, transform_js_1.transformFile)(source, filename, format, match, outcomes_js_1.recordOutcome, strict);
            if (code === undefined)
                return result;
            (0, source_maps_js_1.enableSourceMaps)();
            return { ...result, source: code };
        },
    });
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('tracing', 'in-thread load hook registered (module.registerHooks): CommonJS and ESM files named by tracing entries are transformed as they load');
}
