import { WarningCode } from '../report/log.js';
import type { PostImportHook } from '../types.js';
/** Where a declared hook comes from; absent for hooks registered by code. */
export type HookOrigin = {
    readonly packageName: string;
    readonly packageDir: string;
    readonly file: string;
    readonly exportName: string | undefined;
    readonly group: string | undefined;
};
/**
 * Picks the hook function out of a loaded hook module. Only the module's own
 * exports count: `#toString` or `#constructor` must not pick up what every
 * object inherits.
 */
export declare function pickExport(loaded: unknown, exportName: string | undefined): unknown;
/** A hook that cannot be loaded; the registry warns with `code` and records the failure. */
export declare class HookLoadError extends Error {
    readonly code: WarningCode;
    readonly original?: unknown | undefined;
    constructor(code: WarningCode, message: string, original?: unknown | undefined);
}
/**
 * Returns a loader for the hook an origin names. The loader resolves the file,
 * checks it stays inside its package (also through symlinks), requires it
 * (CommonJS or ESM through require(esm)) and picks the export. It throws a
 * HookLoadError on any failure.
 */
export declare function createHookLoader(origin: HookOrigin): () => PostImportHook;
