import type { TracingSpec } from '../core/tracing-spec.js';
export type TracingLoaderData = {
    readonly entries: ReadonlyArray<{
        id: number;
        spec: TracingSpec;
    }>;
    readonly log: SharedArrayBuffer;
    readonly channelName: string;
    readonly strict: boolean;
};
type LoadResult = {
    format?: string;
    source?: string | ArrayBufferView | null;
    [key: string]: unknown;
};
export declare function initialize(init: TracingLoaderData): Promise<void>;
export declare function load(url: string, context: unknown, nextLoad: (url: string, context: unknown) => Promise<LoadResult>): Promise<LoadResult>;
export {};
