// A fast path in front of require-in-the-middle. RITM resolves the filename of
// every require() call, cached or not, before it can tell that the module is
// not a target: a path resolution on each of the thousands of cached
// require() calls an application makes (measured in benchmarks/). We remember, per requiring
// module and request string, that the answer was "not a target", and send
// those calls straight to the require that RITM wrapped.
import { Module, isBuiltin } from 'node:module'

type RequireFn = (this: Module, id: string) => unknown
type ModuleStatics = { _resolveFilename: (request: string, parent: Module) => string }

const NODE_MODULES = '/node_modules/'

/** The package a resolved file belongs to, by its last node_modules segment. */
export function packageNameOf(filename: string): string | undefined {
  const at = filename.lastIndexOf(NODE_MODULES)
  if (at === -1) return undefined
  const rest = filename.slice(at + NODE_MODULES.length)
  const first = rest.indexOf('/')
  if (first === -1) return undefined
  if (!rest.startsWith('@')) return rest.slice(0, first)
  const second = rest.indexOf('/', first + 1)
  return second === -1 ? undefined : rest.slice(0, second)
}

/**
 * Installs the fast path over the current Module.prototype.require (RITM's).
 * `bypass` is the require RITM itself calls. Returns `invalidate`, to call
 * when a target is added (a package that was not a target may be one now).
 */
export function installRequireFastPath(bypass: RequireFn, isTargetPackage: (name: string) => boolean): () => void {
  const hooked = Module.prototype.require as unknown as RequireFn
  let untargeted = new WeakMap<Module, Set<string>>()

  // RITM never hooks builtins (they are patched in place) and cannot see files
  // outside node_modules (module-details-from-path needs the segment), so those
  // are untargeted as well as files of packages no target names.
  function isUntargeted(id: string, parent: Module): boolean {
    if (isBuiltin(id)) return true
    let filename: string
    try {
      filename = (Module as unknown as ModuleStatics)._resolveFilename(id, parent)
    } catch {
      return false
    }
    const name = packageNameOf(filename)
    return name === undefined || !isTargetPackage(name)
  }

  function fastRequire(this: Module, id: string): unknown {
    const known = untargeted.get(this)
    if (known !== undefined && known.has(id)) return bypass.call(this, id)
    const exports = hooked.call(this, id)
    if (typeof id === 'string' && isUntargeted(id, this)) {
      if (known === undefined) untargeted.set(this, new Set([id]))
      else known.add(id)
    }
    return exports
  }

  Module.prototype.require = fastRequire as unknown as typeof Module.prototype.require
  return () => {
    untargeted = new WeakMap()
  }
}
