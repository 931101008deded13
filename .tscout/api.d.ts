import { type DiscoverySummary } from './bootstrap.js';
import { type TracingReportEntry } from './report/report.js';
import type { ModuleFormat, ModuleInfo, PostImportHook } from './types.js';
/**
 * Registers `hook` to run when `target` loads: a package (`express`), a file
 * inside a package (`mysql2/lib/connection.js`) or a builtin (`http` or
 * `node:http`). If the target is already loaded, the hook runs at once.
 * Returns a function that removes the hook; it returns true if the hook had
 * not fired yet.
 *
 * ```ts
 * registerPostImportHook((express) => { wrap(express.Router, 'use', ...) }, 'express')
 * ```
 */
export declare function registerPostImportHook<T = any>(hook: PostImportHook<T>, target: string): () => boolean;
/**
 * Decorator form of {@link registerPostImportHook}; returns the hook unchanged.
 *
 * ```ts
 * whenImported('pg')((pg, info) => { ... })
 * ```
 */
export declare function whenImported(target: string): <H extends PostImportHook>(hook: H) => H;
/**
 * Does what one name of AUTOWRAPT_BOOTSTRAP does: `acme-patches`,
 * `acme-patches:experimental` or a group name. Problems are emitted as warnings
 * and returned.
 *
 * ```ts
 * discoverPostImportHooks('acme-apm')
 * ```
 */
export declare function discoverPostImportHooks(name: string): DiscoverySummary;
/**
 * Fires the hooks of `target` by hand, for modules autowrapt cannot see
 * (bundled code, custom loaders). Returns the exports the caller should use,
 * which a hook may have replaced. Each exports object counts as one instance.
 *
 * ```ts
 * const pg = notifyModuleLoaded('pg', bundledPg, { version: '8.11.0' })
 * ```
 */
export declare function notifyModuleLoaded<T>(target: string, exports: T, info?: Partial<Omit<ModuleInfo, 'name'>> & {
    format?: ModuleFormat;
}): T;
/**
 * The declarative tracing entries of this process and what became of each
 * (`applied`, `skipped-version`, `no-match`, `failed`, `not-loaded`,
 * `disabled`), with the diagnostics_channel name each publishes to, so a
 * subscriber can tell which channels are live.
 *
 * ```ts
 * for (const t of tracingStatus()) if (t.outcome === 'applied') subscribe(t.channel)
 * ```
 */
export declare function tracingStatus(): TracingReportEntry[];
