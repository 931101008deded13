import type { Registry } from '../core/registry.js';
import type { Target } from '../core/targets.js';
import type { ModuleInfo } from '../types.js';
/**
 * require(esm): one instance with the module's `import` (core/esm-instance.ts).
 * Returns what require() hands out: the wrapper's namespace when the module
 * was imported first, else the view the hook patched.
 */
export declare function fireOnRequiredEsm(registry: Registry, target: Target, namespace: object, info: ModuleInfo, late?: boolean): unknown;
/**
 * Whether `filename` is an ES module by Node's rules (extension, or the
 * nearest package.json's "type"): exports of such a file that are not a
 * namespace were compiled to CommonJS by another loader.
 */
export declare function isEsmSource(filename: string): boolean;
/** Whether some export cannot be assigned (a compiler's getter-only export); `__esModule` aside. */
export declare function hasFixedExports(exports: unknown): boolean;
export declare function instanceKeyOfView(exports: object): object;
/**
 * ESM compiled to CommonJS by another loader (tsx in CommonJS mode): one
 * CommonJS instance, keyed by its exports. The hook patches a live view, and
 * the view becomes the module's exports in require.cache, so every later
 * require() of it, hooked or not, sees the patch.
 */
export declare function fireOnCompiledEsm(registry: Registry, target: Target, key: object, exports: object, info: ModuleInfo, late?: boolean): unknown;
