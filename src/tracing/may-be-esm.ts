// On the module.register path the loader thread exists only for ES modules
// (CommonJS goes through the _compile step), and starting it costs the
// application's startup dearly on Node 20. So it is registered only for
// entries whose file may be ESM: `.mjs`, or a `.js` file whose nearest
// package.json says "type": "module", or a package not found from here
// (where we cannot tell).
import { dirname, join, relative, sep } from 'node:path'
import { defaultBases } from '../core/discovery.js'
import { findPackageDir, readPackageJson } from '../core/package-info.js'
import type { TracingSpec } from '../core/tracing-spec.js'

export function mayBeEsm(spec: TracingSpec, bases: readonly string[] = defaultBases()): boolean {
  if (spec.filePath.endsWith('.mjs') || spec.filePath.endsWith('.mts')) return true
  if (spec.filePath.endsWith('.cjs') || spec.filePath.endsWith('.cts') || spec.filePath.endsWith('.json')) return false
  const root = findPackageDir(spec.moduleName, bases)
  if (root === undefined) return true
  for (let dir = dirname(join(root, spec.filePath)); ; dir = dirname(dir)) {
    const type = readPackageJson(dir)?.type
    if (type !== undefined) return type === 'module'
    if (dir === root || relative(root, dir).startsWith('..') || !dir.includes(sep)) return false
  }
}
