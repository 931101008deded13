import type { LeftModule } from './channel.js';
import type { createMatcher } from './matcher.js';
import type { Target } from '../core/targets.js';
import { type OnImported } from './subscription.js';
import { type LoaderOptions } from './start-loader-thread.js';
export type { LoaderOptions };
export type Loader = {
    /** Hands the loader a target registered after bootstrap. */
    addTarget: (target: Target) => void;
    /** Target modules the loader left to another import-in-the-middle copy (rebuilding-copy.ts). */
    leftToOtherLoaders: () => LeftModule[];
};
/**
 * Starts the loader for this Node version, or throws an Error saying why ESM
 * imports cannot be hooked here (the caller reports every ESM hook as unavailable).
 * `onImported` receives every module import-in-the-middle wraps, from the
 * moment the loader has subscribed (replays of earlier ones included).
 */
export declare function startLoader(targets: readonly Target[], matcher: ReturnType<typeof createMatcher>, onImported: OnImported, options: LoaderOptions): Loader;
