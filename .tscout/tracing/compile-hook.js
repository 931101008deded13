"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installCompileHook = installCompileHook;
const log_js_1 = require("../report/log.js");
const outcomes_js_1 = require("./outcomes.js");
const source_maps_js_1 = require("./source-maps.js");
const transform_js_1 = require("./transform.js");
function installCompileHook(index, strict) {
    const proto = require('node:module').prototype;
    const original = proto._compile;
    // Whatever _compile is installed now (Node's, or another agent's) stays in the chain.
    proto._compile = function autowraptTracingCompile(content, filename, ...rest) {
        const match = typeof filename === 'string' && typeof content === 'string' ? index.match(filename) : undefined;
        if (match !== undefined) {
            const code = (0, transform_js_1.transformFile)(content, filename, 'commonjs', match, outcomes_js_1.recordOutcome, strict);
            if (code !== undefined) {
                (0, source_maps_js_1.enableSourceMaps)();
                content = code;
            }
        }
        return original.call(this, content, filename, ...rest);
    };
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('tracing', 'Module.prototype._compile step installed: CommonJS files named by tracing entries are transformed as they compile');
}
