"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveThroughIitm = resolveThroughIitm;
const import_graph_js_1 = require("./import-graph.js");
const log_js_1 = require("../report/log.js");
// warnNow, not warn: this thread's process.stderr is piped to the main thread
// asynchronously, and a warning emitted there can be lost when the process exits.
const cycles = (0, import_graph_js_1.createCycleGuard)((message) => (0, log_js_1.warnNow)(log_js_1.WarningCode.EsmCycle, message));
async function resolveThroughIitm(iitm, tracker, specifier, context, nextResolve) {
    // Read first: the sync hooks' nextResolve merges each call's context into the caller's (start-loader.ts).
    const { parentURL, conditions } = context;
    const result = (await iitm.resolve(specifier, context, nextResolve));
    // An import of a target from inside the target's own cycle (import-graph.ts).
    const target = result.format === 'commonjs' || !tracker.isIncluded(result.url) ? undefined : cycles.wrappedTarget(parentURL, result.url);
    if (target === undefined)
        return result;
    const pending = cycles.pendingWalk(target, parentURL, conditions);
    if (pending !== undefined)
        pending.done(await (0, import_graph_js_1.runAsync)(pending.walk, (r) => nextResolve(r.specifier, r.context)));
    return cycles.inCycle(target, parentURL, specifier) ? { url: target, format: result.format, shortCircuit: true } : result;
}
