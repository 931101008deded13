import type { State } from '../core/state.js';
import type { TracingRecord } from '../core/tracing-records.js';
/** Starts tracing the files these entries name (installing the hooks once per process). */
export declare function addTracingRecords(state: State, records: readonly TracingRecord[]): void;
