import type { Report, ReportEntry } from '../report/report.js';
/** One `process.emitWarning` line with a code: `(node:123) [AUTOWRAPT_X] AutowraptWarning: message`. */
export type ChildWarning = {
    readonly code: string;
    readonly type: string;
    readonly message: string;
};
/** Every coded warning on `stderr`, in order (autowrapt's and Node's own, e.g. DEP0205). */
export declare function parseWarnings(stderr: string): ChildWarning[];
/** The reports in an AUTOWRAPT_REPORT file: one per process and thread, in the order they exited. */
export declare function readReports(file: string): Report[];
/** The report entries for `target` (normalised: `http`, not `node:http`), optionally of one patch package. */
export declare function entriesFor(reports: readonly Report[], target: string, patchPackage?: string): ReportEntry[];
