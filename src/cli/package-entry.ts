// Which file of an installed package `require('name')` and `import 'name'`
// load, for `autowrapt list`: a tracing entry must name the file the
// application really loads, and the two often differ (issue 27, item 3).
// Read from package.json as Node resolves the package's root: "exports"
// (its "." entry, with the conditions require or import, node, default),
// else "main", else index.js.
import { existsSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { readPackageJson } from '../core/package-info.js'

export type EntryFile = { path: string; format: 'commonjs' | 'module' }

function pick(target: unknown, conditions: readonly string[]): string | undefined {
  if (typeof target === 'string') return target
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = pick(item, conditions)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (target === null || typeof target !== 'object') return undefined
  for (const [key, value] of Object.entries(target)) {
    if (key !== 'default' && !conditions.includes(key)) continue
    const found = pick(value, conditions)
    if (found !== undefined) return found
  }
  return undefined
}

function rootTarget(exports: unknown): unknown {
  if (exports === null || typeof exports !== 'object' || Array.isArray(exports)) return exports
  const keys = Object.keys(exports)
  // Subpath keys start with "."; otherwise the object is the root's conditions.
  return keys.some((k) => k.startsWith('.')) ? (exports as Record<string, unknown>)['.'] : exports
}

function formatOfFile(dir: string, path: string, type: unknown): EntryFile['format'] {
  if (path.endsWith('.mjs')) return 'module'
  if (path.endsWith('.cjs')) return 'commonjs'
  // The nearest package.json decides, as for Node; the package's own is the last one looked at.
  for (let at = dirname(join(dir, path)); ; at = dirname(at)) {
    const found = at === dir ? type : readPackageJson(at)?.type
    if (found !== undefined || at === dir || !at.startsWith(dir)) return found === 'module' ? 'module' : 'commonjs'
  }
}

function withExtension(dir: string, path: string): string {
  if (existsSync(join(dir, path)) && !path.endsWith('/')) return path
  for (const candidate of [`${path}.js`, `${path}/index.js`]) if (existsSync(join(dir, candidate))) return candidate
  return path
}

/** The file `require` (or `import`) of the package in `dir` loads, relative to `dir`, or undefined when none. */
export function entryFile(dir: string, how: 'require' | 'import'): EntryFile | undefined {
  const json = readPackageJson(dir)
  if (json === null) return undefined
  let path: string | undefined
  if (json.exports !== undefined) path = pick(rootTarget(json.exports), [how, 'node'])
  else if (typeof json.main === 'string') path = withExtension(dir, json.main)
  else path = 'index.js'
  if (path === undefined) return undefined
  const normal = posix.normalize(path.replace(/^\.\//, ''))
  return { path: normal, format: formatOfFile(dir, normal, json.type) }
}

/** `require dist/index.cjs (commonjs), import dist/index.js (module)` */
export function describeEntryFiles(dir: string): string {
  const show = (how: 'require' | 'import') => {
    const file = entryFile(dir, how)
    return `${how} ${file === undefined ? '(none)' : `${file.path} (${file.format})`}`
  }
  return `${show('require')}, ${show('import')}`
}
