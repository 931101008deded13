export type PackageJson = {
    name?: unknown;
    version?: unknown;
    [key: string]: unknown;
};
export type PackageInfo = {
    readonly name: string | undefined;
    readonly version: string | undefined;
    readonly dir: string;
};
/** Reads and parses `<dir>/package.json`, or null when missing or unparsable. Cached. */
export declare function readPackageJson(dir: string): PackageJson | null;
/** The `node_modules` folders Node searches from `base`, nearest first. */
export declare function nodeModulesPaths(base: string): string[];
/**
 * The real directory of installed package `name`, looked up from each base in
 * turn, as `require('name')` would (package.json `exports` cannot hide it).
 */
export declare function findPackageDir(name: string, bases: readonly string[]): string | undefined;
/**
 * The package a module file belongs to: the nearest enclosing package.json
 * that has a `name` (nested `{"type":"module"}` stubs are skipped).
 */
export declare function packageOfFile(filename: string): PackageInfo | undefined;
/** The application's nearest package.json directory, from the first base that has one. */
export declare function findNearestPackageDir(bases: readonly string[]): string | undefined;
