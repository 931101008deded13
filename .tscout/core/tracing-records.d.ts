import type { TracingSpec } from './tracing-spec.js';
export type TracingOutcome = {
    status: 'applied';
    file: string;
    format: 'commonjs' | 'module';
    version: string | undefined;
    functions: number;
    ms: number;
} | {
    status: 'skipped-version';
    file: string;
    version: string | undefined;
    range: string;
} | {
    status: 'no-match';
    file: string;
    format: 'commonjs' | 'module';
    version: string | undefined;
} | {
    status: 'failed';
    file: string;
    format: 'commonjs' | 'module';
    error: string;
};
export type TracingRecord = {
    readonly spec: TracingSpec;
    readonly packageName: string;
    readonly packageDir: string;
    /** The diagnostics_channel name the transformed code publishes to. */
    readonly channel: string;
    /** Turned off by AUTOWRAPT_DISABLE: never applied. */
    readonly disabled: boolean;
    readonly outcomes: TracingOutcome[];
};
/** One word for a record, as the report and `tracingStatus()` give it. */
export type TracingSummary = 'applied' | 'skipped-version' | 'no-match' | 'failed' | 'not-loaded' | 'disabled';
export declare function summarizeTracing(record: TracingRecord): TracingSummary;
