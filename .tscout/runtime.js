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
exports.ownsProcessState = exports.debug = exports.bootstrap = void 0;
// The one runtime module: the public API plus bootstrap(). The build bundles
// it into a single file (scripts/bundle.mjs), and register.cjs and the public
// entries (`autowrapt`, `autowrapt/wrap`) all reach it, so a start with hooks
// reads one file of autowrapt's instead of about thirty, and a hook file that
// imports `autowrapt` shares the instance register.cjs loaded.
__exportStar(require("./index.js"), exports);
var bootstrap_js_1 = require("./bootstrap.js");
Object.defineProperty(exports, "bootstrap", { enumerable: true, get: function () { return bootstrap_js_1.bootstrap; } });
// For load-runtime.ts, which loads this file and reports on its code cache.
var log_js_1 = require("./report/log.js");
Object.defineProperty(exports, "debug", { enumerable: true, get: function () { return log_js_1.debug; } });
var node_features_js_1 = require("./core/node-features.js");
Object.defineProperty(exports, "ownsProcessState", { enumerable: true, get: function () { return node_features_js_1.ownsProcessState; } });
