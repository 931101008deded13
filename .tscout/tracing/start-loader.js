"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startTracingLoader = startTracingLoader;
// Application-thread side of the module.register path (Nodes without usable
// module.registerHooks): registers the tracing loader with its entries and
// turns the outcomes it logs into records, warnings and debug lines.
const node_url_1 = require("node:url");
const node_worker_threads_1 = require("node:worker_threads");
const package_root_js_1 = require("../core/package-root.js");
const log_js_1 = require("../report/log.js");
const outcome_log_js_1 = require("./outcome-log.js");
const outcomes_js_1 = require("./outcomes.js");
// Warnings go through process.emitWarning, which prints on the next tick; at
// exit there is none, so outcomes read then are written out at once (warnNow).
function sayAtExit(record, outcome) {
    record.outcomes.push(outcome);
    const line = (0, outcomes_js_1.describeOutcome)(record, outcome);
    if (line.code !== undefined)
        (0, log_js_1.warnNow)(line.code, line.message);
    else if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('tracing', line.message);
}
function startTracingLoader(strict) {
    const { register } = require('node:module');
    const log = (0, outcome_log_js_1.createOutcomeLog)();
    const read = (0, outcome_log_js_1.createOutcomeReader)(log);
    const records = [];
    const channelName = `autowrapt:tracing:${process.pid}:${node_worker_threads_1.threadId}`;
    const nudge = new node_worker_threads_1.BroadcastChannel(channelName);
    nudge.onmessage = () => refresh();
    nudge.unref();
    let instances = 0;
    let overflowWarned = false;
    function refresh() {
        const { entries, overflowed } = read();
        const exiting = process._exiting === true;
        for (const { id, outcome } of entries)
            (exiting ? sayAtExit : outcomes_js_1.recordOutcome)(records[id], outcome);
        if (overflowed && !overflowWarned) {
            overflowWarned = true;
            (0, log_js_1.warnNow)(log_js_1.WarningCode.InternalError, 'too many tracing outcomes from the loader thread; later ones are not reported');
        }
    }
    return {
        add(added) {
            const entries = added.map((record) => ({ id: records.push(record) - 1, spec: record.spec }));
            // Each call is a loader instance of its own (a distinct URL), holding its entries.
            const url = `${(0, node_url_1.pathToFileURL)((0, package_root_js_1.ownPackageFile)('dist/tracing/loader-thread.mjs')).href}?instance=${++instances}`;
            register(url, { data: { entries, log, channelName, strict } });
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('tracing', `loader-thread hook registered (module.register) for ${entries.length} tracing entr${entries.length === 1 ? 'y' : 'ies'}; CommonJS files are transformed by the _compile step`);
        },
        refresh,
    };
}
