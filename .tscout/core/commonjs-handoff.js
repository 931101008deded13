"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.markRequiredInCommonJs = markRequiredInCommonJs;
exports.takeRequiredInCommonJs = takeRequiredInCommonJs;
// CommonJS files that a require() inside loader-evaluated CommonJS is about to
// load (see esm/cjs-require-guard.ts). On Node 24+ Node hands each to
// Module._load(filename) with no parent, the same call it makes for every
// CommonJS module an `import` loads; only these ones are targets' instances
// that no require() will show autowrapt, so the ESM side, which sees the
// resolution, marks them and the CommonJS side hooks exactly those
// (cjs/loaded-by-filename.ts).
const pending = new Set();
function markRequiredInCommonJs(filename) {
    pending.add(filename);
}
/** Whether `filename` was marked; forgets it. */
function takeRequiredInCommonJs(filename) {
    return pending.delete(filename);
}
