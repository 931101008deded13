import type { TracingRecord } from '../core/tracing-records.js';
import { type EntryIndex } from './entry-index.js';
export declare function installSyncHook(index: EntryIndex<TracingRecord>, strict: boolean): void;
