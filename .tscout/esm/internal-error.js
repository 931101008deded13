"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reportInternalError = reportInternalError;
// autowrapt's ESM callbacks run inside the application's own `import`: an
// import-in-the-middle wrapper calls them while it evaluates. A bug there must
// never reach the application, and must not repeat itself as a warning on
// every later module: the first one is reported, the rest go to the debug log.
const log_js_1 = require("../report/log.js");
let reported = false;
function reportInternalError(where, error) {
    if (reported) {
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('esm', `internal error in ${where} (already reported): ${(0, log_js_1.describeError)(error)}`);
        return;
    }
    reported = true;
    (0, log_js_1.warn)(log_js_1.WarningCode.InternalError, `internal error in ${where}: ${(0, log_js_1.describeError)(error)}; the application continues, some ESM hooks may not have fired`);
}
