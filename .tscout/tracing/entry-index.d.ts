import type { TracingSpec } from '../core/tracing-spec.js';
export type FileMatch<R> = {
    readonly packageName: string;
    /** The package's root directory. */
    readonly dir: string;
    /** The file relative to the package root, with "/" separators. */
    readonly path: string;
    readonly records: readonly R[];
};
/** Package name, root and relative path of a file under node_modules, or undefined. */
export declare function packageFileOf(filename: string): {
    packageName: string;
    dir: string;
    path: string;
} | undefined;
/**
 * The package a file: URL under node_modules belongs to, from the URL string
 * alone (no path conversion), or undefined. Cheap enough for every load.
 */
export declare function packageNameInUrl(url: string): string | undefined;
export declare function createEntryIndex<R extends {
    readonly spec: TracingSpec;
}>(): {
    add(records: readonly R[]): void;
    /** The entries naming this file, or undefined (the common case, decided without allocation for most files). */
    match(filename: string): FileMatch<R> | undefined;
    /** Whether some entry names this package: a Map lookup, for the per-load fast path. */
    hasPackage(name: string): boolean;
};
export type EntryIndex<R extends {
    readonly spec: TracingSpec;
}> = ReturnType<typeof createEntryIndex<R>>;
