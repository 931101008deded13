import { type OnImported } from './subscription.js';
import type { Target } from '../core/targets.js';
import type { Loader } from './start-loader.js';
export type LoaderOptions = {
    /** Start a loader thread at once, whatever the entry point (false only with AUTOWRAPT_ESM=deferred). */
    threadAtOnce: boolean;
    /** A loader thread that could not start when it was first needed, after bootstrap. */
    onUnavailable: (reason: string) => void;
};
export declare function startAsyncLoader(targets: readonly Target[], onImported: OnImported, options: LoaderOptions): Loader;
