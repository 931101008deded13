import type { ModuleInfo, PostImportHook } from '../types.js';
export type ApplyHookOptions<T> = {
    /** The patch package, by name, resolved from `cwd` as AUTOWRAPT_BOOTSTRAP would resolve it. */
    readonly patchPackage: string;
    /** The target whose hook to apply, as declared: `pino`, `node:http`, `pkg/lib/x.js`. */
    readonly target: string;
    /** Take the hook from this group of the package instead of its `hooks`. */
    readonly group?: string;
    /** Where packages resolve from. Default: process.cwd(). */
    readonly cwd?: string;
    /** The exports to patch. Default: `require(target)` from `cwd` (the real, cached module). */
    readonly exports?: T;
};
export type AppliedHook<T> = {
    /** What an importer would now get: the hook's return value if it returned one (not for builtins), else the patched exports. */
    readonly exports: T;
    /** What the hook returned. */
    readonly returned: unknown;
    /** The ModuleInfo the hook was called with. */
    readonly info: ModuleInfo;
    /** The hook function, as loaded from its file. */
    readonly hook: PostImportHook;
    /** `file#export` of the hook, as declared. */
    readonly ref: string;
};
/**
 * Loads the hook `patchPackage` declares for `target` and calls it on the
 * target's exports, in this process, as the runtime would for a CommonJS
 * instance. Throws when the package, the declaration or the hook file cannot
 * be found or loaded (with the runtime's message), or when the target's
 * installed version is outside the hook's `versions` range.
 *
 * It patches the module in this process's require cache: give `exports` (a
 * fresh copy) to keep tests apart, or use runWithHooks for load-order effects.
 *
 * @example
 * const { exports: pino } = applyHook({ patchPackage: 'acme-pino', target: 'pino' })
 * pino().info('goes through the hook')
 */
export declare function applyHook<T = any>(options: ApplyHookOptions<T>): AppliedHook<T>;
