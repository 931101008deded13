import { type HookOrigin } from './hook-loader.js';
import type { Target } from './targets.js';
import type { ModuleFormat, ModuleInfo, PostImportHook } from '../types.js';
/** What happened to one hook on one module instance (or, for `unavailable`, on one module system). */
export type Outcome = {
    status: 'fired';
    format: ModuleFormat;
    version: string | undefined;
    ms: number;
    filename: string | undefined;
    late: boolean;
} | {
    status: 'skipped-version';
    format: ModuleFormat;
    version: string | undefined;
    range: string;
} | {
    status: 'failed';
    format: ModuleFormat;
    error: string;
}
/** The adapter for `format` could not be installed, so this hook never sees modules of that format. */
 | {
    status: 'unavailable';
    format: ModuleFormat;
    error: string;
}
/** The module loaded, but another loader wrapped it where autowrapt's hooks could not reach it (`loader` names it). */
 | {
    status: 'wrapped-by-another-loader';
    format: ModuleFormat;
    filename: string | undefined;
    loader: string;
}
/** The module loaded where Node lets no hook see it (`reason` says where). */
 | {
    status: 'unhookable';
    format: ModuleFormat;
    reason: string;
};
export type HookEntry = {
    /** Returns the hook function, loading it lazily; throws (HookLoadError) when it cannot be loaded. */
    readonly load: () => PostImportHook;
    readonly versions?: string | undefined;
    readonly origin?: HookOrigin | undefined;
};
export type HookRecord = HookEntry & {
    readonly target: Target;
    readonly outcomes: Outcome[];
    readonly firedOn: WeakSet<object>;
    removed: boolean;
    broken: boolean;
    /** Declared but turned off by AUTOWRAPT_DISABLE: kept for the report, never fired. */
    readonly disabled: boolean;
};
export type Registry = ReturnType<typeof createRegistry>;
export declare function describeHook(record: {
    target: Target;
    origin?: HookOrigin | undefined;
}): string;
export declare function createRegistry(options?: {
    strict?: boolean;
}): {
    strict: boolean;
    /** Adds a hook; returns a function that removes it (true if it had not fired). */
    register(target: Target, entry: HookEntry): () => boolean;
    /**
     * Called by an adapter when a module instance of `target` has loaded.
     * Returns the exports the importer should see (a hook may replace them).
     * `late` marks instances that loaded before their hooks were registered.
     */
    moduleLoaded(target: Target, key: object, exports: unknown, info: ModuleInfo, late?: boolean): unknown;
    /**
     * Called by an adapter when an instance of `target` loaded where autowrapt's
     * hooks could not reach it, because another loader wrapped it (`loader`
     * names it). Recorded on the hooks that met no instance otherwise; returns
     * whether any was.
     */
    moduleMissed(target: Target, info: ModuleInfo, loader: string): boolean;
    /**
     * A module of `target` loaded where Node lets no hook see it: recorded for
     * the report (the adapter has warned, AUTOWRAPT_UNHOOKABLE).
     */
    unhookable(target: Target, format: ModuleInfo["format"], reason: string): void;
    targets(): Target[];
    /** Every hook, registered or disabled, in registration order (disabled ones last). */
    records(): HookRecord[];
    /** Records a declared hook that AUTOWRAPT_DISABLE turned off: reported, never fired, no adapter installed for it. */
    registerDisabled(target: Target, entry: HookEntry): void;
    /**
     * Records that the adapter for `format` could not be installed: every hook
     * on a target it `serves`, now or later, gets an `unavailable` outcome.
     */
    markUnavailable(format: ModuleFormat, serves: (target: Target) => boolean, error: string): void;
    /** Adapters subscribe to learn about targets registered later (to hook them too). */
    onNewTarget(listener: (target: Target) => void): void;
};
