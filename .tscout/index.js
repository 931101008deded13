"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.tracingStatus = exports.notifyModuleLoaded = exports.discoverPostImportHooks = exports.whenImported = exports.registerPostImportHook = void 0;
// Public API: re-exports, and one check: a preload of this entry instead of
// autowrapt/register (only looked at when AUTOWRAPT_BOOTSTRAP is set).
if (process.env.AUTOWRAPT_BOOTSTRAP)
    require('./core/preload-check.js').checkMainEntryPreload();
var api_js_1 = require("./api.js");
Object.defineProperty(exports, "registerPostImportHook", { enumerable: true, get: function () { return api_js_1.registerPostImportHook; } });
Object.defineProperty(exports, "whenImported", { enumerable: true, get: function () { return api_js_1.whenImported; } });
Object.defineProperty(exports, "discoverPostImportHooks", { enumerable: true, get: function () { return api_js_1.discoverPostImportHooks; } });
Object.defineProperty(exports, "notifyModuleLoaded", { enumerable: true, get: function () { return api_js_1.notifyModuleLoaded; } });
Object.defineProperty(exports, "tracingStatus", { enumerable: true, get: function () { return api_js_1.tracingStatus; } });
__exportStar(require("./wrap.js"), exports);
