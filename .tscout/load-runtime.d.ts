import { type Stats } from 'node:fs';
import type * as RuntimeModule from './runtime.js';
type Runtime = typeof RuntimeModule;
/** The cache directory for this environment, or undefined when the cache is off or has nowhere to go. */
export declare function cacheDirectory(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | undefined;
/** The cache file's name: this bundle (content, size, mtime), this Node, these options. */
export declare function cacheFileName(stat: Pick<Stats, 'size' | 'mtimeMs'>, options?: string): string;
/**
 * The file's bytes when it may be trusted as code (a regular file of this
 * user's that no one else can write), else why not; undefined when there is none.
 */
export declare function readTrusted(file: string): Buffer | string | undefined;
/** dist/runtime.js's exports, loaded through the code cache where there is one to use or make. */
export declare function loadRuntime(): Runtime;
export {};
