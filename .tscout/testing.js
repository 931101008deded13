"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readReports = exports.parseWarnings = exports.applyHook = exports.runWithHooks = void 0;
// The face of `autowrapt/testing`: helpers for testing patch packages against
// real targets. Importing it has no side effects and bootstraps nothing.
var run_js_1 = require("./testing/run.js");
Object.defineProperty(exports, "runWithHooks", { enumerable: true, get: function () { return run_js_1.runWithHooks; } });
var apply_hook_js_1 = require("./testing/apply-hook.js");
Object.defineProperty(exports, "applyHook", { enumerable: true, get: function () { return apply_hook_js_1.applyHook; } });
var output_js_1 = require("./testing/output.js");
Object.defineProperty(exports, "parseWarnings", { enumerable: true, get: function () { return output_js_1.parseWarnings; } });
Object.defineProperty(exports, "readReports", { enumerable: true, get: function () { return output_js_1.readReports; } });
