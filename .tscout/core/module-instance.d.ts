import type { ModuleFormat, ModuleInfo } from '../types.js';
/** The key of a CommonJS instance: its exports, or a stable stand-in per file for exports that are no object. */
export declare function commonJsInstance(exports: unknown, filename: string): object;
/** Remembers which instance a hook's replacement stands for. One per registry. */
export declare function createReplacements(): {
    /** The instance key `key` stands for: itself, or the instance it replaced. */
    instanceOf: (key: object) => object;
    record(replacement: unknown, key: object): void;
};
/**
 * The ModuleInfo for a hook: the target's name, the format, and, for a module
 * file, the file, its package's version and root directory. `baseDir`, when
 * the adapter knows it, wins over the package found from the file.
 */
export declare function moduleInfo(name: string, format: ModuleFormat, filename?: string, baseDir?: string): ModuleInfo;
