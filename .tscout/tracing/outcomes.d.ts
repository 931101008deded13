import type { TracingOutcome, TracingRecord } from '../core/tracing-records.js';
import { WarningCode } from '../report/log.js';
/** The line for an outcome: a warning code and message, or a debug message. */
export declare function describeOutcome(record: TracingRecord, outcome: TracingOutcome): {
    code?: WarningCode;
    message: string;
};
export declare function recordOutcome(record: TracingRecord, outcome: TracingOutcome): void;
