import { type Result } from './problem.js';
/** Whether `file` is inside `dir` and not inside a node_modules folder of it. */
export declare function isInsidePackage(dir: string, file: string): boolean;
/**
 * Finds hook file `file` (relative, as in a HookSpec) of the package at
 * `packageDir` and returns the real path of the file require() will load.
 * `label` names the file in messages (default: `file`). A problem has no JSON
 * path: the caller knows it.
 */
export declare function locateHookFile(packageDir: string, file: string, label?: string): Result<string>;
