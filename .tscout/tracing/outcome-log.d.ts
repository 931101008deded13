import { createLineLog } from '../core/line-log.js';
import type { TracingOutcome } from '../core/tracing-records.js';
export type LoggedOutcome = {
    readonly id: number;
    readonly outcome: TracingOutcome;
};
export declare const createOutcomeLog: typeof createLineLog;
/** Loader thread: appends one outcome; false (and the overflow flag) when full. */
export declare function appendOutcome(buffer: SharedArrayBuffer, entry: LoggedOutcome): boolean;
/** Application thread: the outcomes appended since the last call, and whether some were lost. */
export declare function createOutcomeReader(buffer: SharedArrayBuffer): () => {
    entries: LoggedOutcome[];
    overflowed: boolean;
};
