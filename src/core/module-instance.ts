// What counts as one module instance, and what a hook learns about it, in one
// place. A hook fires once per instance (registry.ts), so every adapter must
// name an instance the same way:
// - a CommonJS module is its module.exports, whether it was required or
//   imported from ESM (never import-in-the-middle's ESM view of it); exports
//   that are no object (a module may export a string) are keyed by the file;
// - an ES module is one instance whether it is imported or loaded with
//   require(esm), keyed by its URL; the require() side gets a patchable view
//   of the frozen namespace (esm-instance.ts);
// - a hook's replacement stands for the instance it replaced, so an adapter
//   meeting the replacement later (a cached require) does not fire again.
import { packageOfFile } from './package-info.js'
import type { ModuleFormat, ModuleInfo } from '../types.js'

const primitiveKeys = new Map<string, object>()

function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}

/** The key of a CommonJS instance: its exports, or a stable stand-in per file for exports that are no object. */
export function commonJsInstance(exports: unknown, filename: string): object {
  if (isObjectLike(exports)) return exports
  let key = primitiveKeys.get(filename)
  if (key === undefined) primitiveKeys.set(filename, (key = {}))
  return key
}

/** Remembers which instance a hook's replacement stands for. One per registry. */
export function createReplacements() {
  const originals = new WeakMap<object, object>()
  return {
    /** The instance key `key` stands for: itself, or the instance it replaced. */
    instanceOf: (key: object): object => originals.get(key) ?? key,
    record(replacement: unknown, key: object): void {
      if (isObjectLike(replacement)) originals.set(replacement, key)
    },
  }
}

/**
 * The ModuleInfo for a hook: the target's name, the format, and, for a module
 * file, the file, its package's version and root directory. `baseDir`, when
 * the adapter knows it, wins over the package found from the file.
 */
export function moduleInfo(name: string, format: ModuleFormat, filename?: string, baseDir?: string): ModuleInfo {
  if (filename === undefined) return baseDir === undefined ? { name, format } : { name, baseDir, format }
  const pkg = packageOfFile(filename)
  return { name, version: pkg?.version, baseDir: baseDir ?? pkg?.dir, filename, format }
}
