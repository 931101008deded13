import { type State } from './core/state.js';
import type { TracingRecord } from './core/tracing-records.js';
/** The shared state, with the adapters subscribed to its registry (once per process, across copies). */
export declare function getWiredState(): State;
/** Declarative tracing: loaded with the first tracing entry, never before. */
export declare function addTracingRecords(state: State, records: readonly TracingRecord[]): void;
