import type { TracingRecord } from '../core/tracing-records.js';
export type TracingLoader = {
    /** Hands entries to a new loader instance; files loaded from now on are traced. */
    add(records: readonly TracingRecord[]): void;
    /** Takes in the outcomes the loader thread has logged so far. */
    refresh(): void;
};
export declare function startTracingLoader(strict: boolean): TracingLoader;
