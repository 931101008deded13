// The files a bare import of a package can resolve to, for a bundler whose
// resolution the plugin cannot watch before the module loads (rollup's
// commonjs plugin loads a module while resolving it): the `require` resolution
// (Node's own), the `import`/`module`/`node`/`default` branch of the root
// `exports`, and the `module` and `main` fields bundlers read without `exports`.
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { readPackageJson } from '../core/package-info.js'

const CONDITIONS = ['node', 'import', 'module', 'default']

function exportTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = exportTarget(item)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (value === null || typeof value !== 'object') return undefined
  for (const [key, inner] of Object.entries(value)) {
    if (!CONDITIONS.includes(key)) continue
    const found = exportTarget(inner)
    if (found !== undefined) return found
  }
  return undefined
}

function rootExport(exports: unknown): unknown {
  if (exports === null || typeof exports !== 'object' || Array.isArray(exports)) return exports
  const keys = Object.keys(exports)
  return keys.some((k) => k.startsWith('.')) ? (exports as Record<string, unknown>)['.'] : exports
}

const cache = new Map<string, Set<string>>()

/** The entry files of the package `name` installed at `dir`. */
export function packageEntryFiles(name: string, dir: string): Set<string> {
  let files = cache.get(dir)
  if (files !== undefined) return files
  files = new Set()
  try {
    files.add(createRequire(join(dir, 'package.json')).resolve(name))
  } catch {
    // ESM-only: no `require` resolution.
  }
  const json = readPackageJson(dir)
  const esm = json?.exports !== undefined ? exportTarget(rootExport(json.exports)) : undefined
  for (const field of [esm, json?.exports === undefined ? json?.module : undefined])
    if (typeof field === 'string') files.add(resolve(dir, field))
  cache.set(dir, files)
  return files
}
