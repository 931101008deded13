import type { TracingRecord } from '../core/tracing-records.js';
import type { EntryIndex } from './entry-index.js';
export declare function installCompileHook(index: EntryIndex<TracingRecord>, strict: boolean): void;
