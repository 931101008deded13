import type { Outcome } from '../core/registry.js';
import type { State } from '../core/state.js';
import { type TracingOutcome, type TracingRecord, type TracingSummary } from '../core/tracing-records.js';
/** What happened to a hook on one module instance; `unavailable`: its module system could not be hooked. */
export type ReportInstance = Outcome;
/** One hook's overall outcome. */
export type ReportOutcome = 'fired' | 'skipped-version' | 'failed' | 'not-loaded' | 'loaded-before-bootstrap' | 'unhookable' | 'disabled' | 'unavailable' | 'wrapped-by-another-loader';
export type ReportEntry = {
    package: string | null;
    group: string | null;
    target: string;
    hook: string | null;
    outcome: ReportOutcome;
    /** One item per module instance the hook met, and per module system it could not be hooked in (empty for not-loaded and disabled). */
    instances: ReportInstance[];
};
/** One declarative tracing entry (README "Declarative tracing"). */
export type TracingReportEntry = {
    package: string;
    group: string | null;
    /** Where the entry is in the patch package's package.json. */
    entry: string;
    module: string;
    filePath: string;
    query: string;
    channel: string;
    outcome: TracingSummary;
    /** One item per loaded copy of the file the entry met. */
    files: TracingOutcome[];
};
export type Report = {
    schema: 'autowrapt-report/1';
    pid: number;
    threadId: number;
    node: string;
    bootstrap: string[];
    entries: ReportEntry[];
    tracing: TracingReportEntry[];
};
export declare function tracingEntryOf(record: TracingRecord): TracingReportEntry;
/** The tracing entries and their outcomes now (outcomes logged by the loader thread included). */
export declare function tracingReport(state: State): TracingReportEntry[];
export declare function buildReport(state: State): Report;
/** The human form: a compact table. */
export declare function formatReport(report: Report): string;
/**
 * Writes the report at exit. A file that cannot be opened is said at startup;
 * one that fails at exit (a full disk, /dev/full) is said there, synchronously,
 * because a warning emitted the usual way from an exit handler is never printed.
 */
export declare function installReport(state: State, destination: string): void;
