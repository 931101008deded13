"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tracingEntryOf = tracingEntryOf;
exports.tracingReport = tracingReport;
exports.buildReport = buildReport;
exports.formatReport = formatReport;
exports.installReport = installReport;
// The per-hook report, written at process exit when AUTOWRAPT_REPORT is set:
// a compact table on stderr, or one JSON line appended to a file. Every
// process and worker thread appends its own line, keyed by pid and thread id,
// so children and workers never clobber each other. Schema: README "Report".
const node_fs_1 = require("node:fs");
const log_js_1 = require("./log.js");
const manifest_js_1 = require("../core/manifest.js");
const node_features_js_1 = require("../core/node-features.js");
const tracing_records_js_1 = require("../core/tracing-records.js");
const tracing_spec_js_1 = require("../core/tracing-spec.js");
function summarize(record) {
    const outcomes = record.outcomes;
    if (record.disabled)
        return 'disabled';
    if (outcomes.some((o) => o.status === 'failed'))
        return 'failed';
    if (outcomes.some((o) => o.status === 'fired' && o.late))
        return 'loaded-before-bootstrap';
    if (outcomes.some((o) => o.status === 'wrapped-by-another-loader'))
        return 'wrapped-by-another-loader';
    if (outcomes.some((o) => o.status === 'fired'))
        return 'fired';
    if (outcomes.some((o) => o.status === 'skipped-version'))
        return 'skipped-version';
    if (outcomes.some((o) => o.status === 'unhookable'))
        return 'unhookable';
    if (outcomes.some((o) => o.status === 'unavailable'))
        return 'unavailable';
    return 'not-loaded';
}
function entryOf(record) {
    const o = record.origin;
    return {
        package: o?.packageName ?? null,
        group: o?.group ?? null,
        target: record.target.name,
        hook: o ? (0, manifest_js_1.hookRef)(o) : null,
        outcome: summarize(record),
        instances: [...record.outcomes],
    };
}
function tracingEntryOf(record) {
    const spec = record.spec;
    return {
        package: record.packageName,
        group: spec.group ?? null,
        entry: spec.jsonPath,
        module: spec.moduleName,
        filePath: spec.filePath,
        query: (0, tracing_spec_js_1.describeQuery)(spec),
        channel: record.channel,
        outcome: (0, tracing_records_js_1.summarizeTracing)(record),
        files: [...record.outcomes],
    };
}
/** The tracing entries and their outcomes now (outcomes logged by the loader thread included). */
function tracingReport(state) {
    // A state made by a copy of autowrapt without declarative tracing has neither list.
    for (const refresh of state.refreshTracing ?? [])
        refresh();
    return (state.tracing ?? []).map(tracingEntryOf);
}
function buildReport(state) {
    const entries = state.registry.records().map(entryOf);
    const tracing = tracingReport(state);
    return {
        schema: 'autowrapt-report/1',
        pid: process.pid,
        threadId: node_features_js_1.nodeFeatures.threadId(),
        node: process.version,
        bootstrap: [...state.config.bootstrap],
        entries,
        tracing,
    };
}
function detail(entry) {
    return entry.instances
        .map((o) => {
        if (o.status === 'fired')
            return `${o.format} ${o.version ?? ''} ${o.ms.toFixed(2)}ms`.replace('  ', ' ');
        if (o.status === 'skipped-version')
            return `${o.format} ${o.version ?? '(no version)'} not in "${o.range}"`;
        if (o.status === 'unhookable')
            return `${o.format}: ${o.reason}`;
        if (o.status === 'unavailable')
            return `${o.format} unavailable: ${o.error}`;
        if (o.status === 'wrapped-by-another-loader')
            return `${o.format}: wrapped by ${o.loader}`;
        return `${o.format}: ${o.error}`;
    })
        .join('; ');
}
function tracingDetail(entry) {
    const files = entry.files.map((o) => {
        if (o.status === 'applied')
            return `${o.functions} function${o.functions === 1 ? '' : 's'} in ${o.format} ${o.version ?? ''}`.trimEnd();
        if (o.status === 'skipped-version')
            return `${o.version ?? '(no version)'} not in "${o.range}"`;
        if (o.status === 'no-match')
            return `no function matched in ${o.format} ${o.version ?? ''}`.trimEnd();
        return `${o.format}: ${o.error}`;
    });
    return [`${entry.query} -> ${entry.channel}`, ...files].join('; ');
}
/** The human form: a compact table. */
function formatReport(report) {
    const rows = report.entries.map((e) => [e.package ?? '(code)', e.target, e.outcome, detail(e)]);
    for (const t of report.tracing ?? [])
        rows.push([t.package, `${t.module}/${t.filePath}`, `tracing ${t.outcome}`, tracingDetail(t)]);
    const header = ['package', 'target', 'outcome', 'detail'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const title = `autowrapt report: pid ${report.pid}, thread ${report.threadId}, node ${report.node}, AUTOWRAPT_BOOTSTRAP=${report.bootstrap.join(',')}`;
    // A header over no rows reads like a rendering bug; say what the empty table means.
    if (rows.length === 0)
        return `${title}\nno hooks registered: these names resolved to no hook (see the warnings above, or run "autowrapt list")\n`;
    return [title, line(header), ...rows.map(line)].join('\n') + '\n';
}
/** Whether `destination` can be opened for appending (a directory, a missing directory or a read-only file system cannot). */
function checkWritable(destination) {
    try {
        (0, node_fs_1.closeSync)((0, node_fs_1.openSync)(destination, 'a'));
        return undefined;
    }
    catch (error) {
        return (0, log_js_1.describeError)(error);
    }
}
/**
 * Writes the report at exit. A file that cannot be opened is said at startup;
 * one that fails at exit (a full disk, /dev/full) is said there, synchronously,
 * because a warning emitted the usual way from an exit handler is never printed.
 */
function installReport(state, destination) {
    if (destination !== 'stderr') {
        const problem = checkWritable(destination);
        if (problem !== undefined) {
            (0, log_js_1.warn)(log_js_1.WarningCode.ReportUnwritable, `AUTOWRAPT_REPORT: cannot write the report to ${JSON.stringify(destination)} (${problem}); no report is written`);
            return;
        }
    }
    process.once('exit', () => {
        try {
            const report = buildReport(state);
            if (destination === 'stderr')
                process.stderr.write(formatReport(report));
            else
                (0, node_fs_1.appendFileSync)(destination, JSON.stringify(report) + '\n');
        }
        catch (error) {
            (0, log_js_1.warnNow)(log_js_1.WarningCode.ReportUnwritable, `AUTOWRAPT_REPORT: could not write the report to ${JSON.stringify(destination)}: ${(0, log_js_1.describeError)(error)}`);
        }
    });
}
