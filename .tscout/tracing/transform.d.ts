import type { TracingOutcome } from '../core/tracing-records.js';
import type { TracingSpec } from '../core/tracing-spec.js';
import type { FileMatch } from './entry-index.js';
export type Format = 'commonjs' | 'module';
export type OutcomeSink<R> = (record: R, outcome: TracingOutcome) => void;
/** Thrown (only under AUTOWRAPT_STRICT) after the outcome is recorded. */
export declare class TracingError extends Error {
}
/**
 * Transforms `source` of `filename` for the entries in `match`. Returns the new
 * source, or undefined to keep the original. Reports one outcome per entry.
 */
export declare function transformFile<R extends {
    spec: TracingSpec;
}>(source: string, filename: string, format: Format, match: FileMatch<R>, sink: OutcomeSink<R>, strict: boolean): string | undefined;
