// CommonJS modules that the ESM loader hands straight to Node's CommonJS loader
// by filename for a require() inside a CommonJS module that a module.register
// loader returned as source (see esm/cjs-require-guard.ts, which marks them in
// core/commonjs-handoff.ts). Node calls Module._load(filename) with no parent,
// so no require() runs and require-in-the-middle never sees the module. Node
// makes the same call for every CommonJS module an `import` loads, which must
// not fire here (a dual package's ESM entry importing its CommonJS files), so
// only marked files count. This names the module the way
// require-in-the-middle would, so the same adapter fires the hooks.
import { Module } from 'node:module'
import { relative, sep } from 'node:path'
import { packageNameOf } from './filter.js'
import { takeRequiredInCommonJs } from '../core/commonjs-handoff.js'

type Load = (request: string, parent: unknown, isMain: boolean) => unknown
type OnLoaded = (exports: unknown, name: string, baseDir: string) => unknown

export function installLoadByFilename(isTargetPackage: (name: string) => boolean, onLoaded: OnLoaded): void {
  const moduleStatics = Module as unknown as { _load: Load }
  const original = moduleStatics._load
  moduleStatics._load = function load(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
    const exports = Reflect.apply(original, this, [request, parent, isMain])
    if (parent !== undefined && parent !== null) return exports
    if (isMain || typeof request !== 'string' || !takeRequiredInCommonJs(request)) return exports
    return loadedByFilename(request, exports, isTargetPackage, onLoaded)
  }
}

function loadedByFilename(filename: string, exports: unknown, isTargetPackage: (name: string) => boolean, onLoaded: OnLoaded): unknown {
  const packageName = packageNameOf(filename.replaceAll(sep, '/'))
  if (packageName === undefined || !isTargetPackage(packageName)) return exports
  const marker = `${sep}node_modules${sep}${packageName.replaceAll('/', sep)}${sep}`
  const at = filename.lastIndexOf(marker)
  const baseDir = filename.slice(0, at + marker.length - 1)
  const inside = relative(baseDir, filename).replaceAll(sep, '/')
  let result = onLoaded(exports, packageName, baseDir)
  result = onLoaded(result, `${packageName}/${inside}`, baseDir)
  if (result !== exports) {
    const cached = require.cache[filename]
    if (cached !== undefined && cached.exports === exports) cached.exports = result
  }
  return result
}
