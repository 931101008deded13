// CommonJS: one require-in-the-middle hook for the whole process, fed with the
// names of every non-builtin target, and made at the first require() that may
// reach one (filter.ts decides which): a process that never requires a target
// never loads require-in-the-middle. Its whitelist array is read live on each
// require, so targets registered later are appended to the same array instead
// of creating another Hook (cost grows with the number of Hook instances).
// That live read is RITM's behaviour, not its documented API: package.json
// pins RITM with `~`, and test/integration/upstream-contracts.test.ts fails
// loudly if a release changes it.
import { Module } from 'node:module'
import { join, sep } from 'node:path'
import { types } from 'node:util'
import { installRequireFilter, makeBelow } from './filter.js'
import { installLoadByFilename } from './loaded-by-filename.js'
import { loadRequireInTheMiddle } from './load-ritm.js'
import { fireOnCompiledEsm, fireOnRequiredEsm, hasFixedExports, instanceKeyOfView, isEsmSource } from './required-esm.js'
import { debug, debugEnabled } from '../report/log.js'
import { commonJsInstance, moduleInfo } from '../core/module-instance.js'
import { isOwnModule } from '../core/own-modules.js'
import type { Registry } from '../core/registry.js'
import type { Target } from '../core/targets.js'

type RitmHook = new (
  modules: string[],
  options: { internals: boolean },
  onrequire: (exports: unknown, name: string, basedir?: string) => unknown,
) => object

// require-in-the-middle names a deep file by its path without `.js` and
// without a trailing `/index.js` (see its `resolveModuleName`), so a file
// target is registered under both spellings.
function ritmNames(target: Target): string[] {
  const names = [target.name]
  if (target.kind === 'file') {
    const short = target.name.replace(/(\/index)?(\.js)?$/, '')
    if (short !== target.name) names.push(short)
  }
  return names
}

/** The module `parent` required that has these exports, latest first. */
function childWithExports(parent: Module | undefined, exports: unknown): Module | undefined {
  const children = parent?.children
  if (!Array.isArray(children)) return undefined
  for (let i = children.length - 1; i >= 0; i--) if (children[i]!.exports === exports) return children[i]
  return undefined
}

/**
 * The file a match stands for, or undefined when the match is a near miss.
 * `parent` is the module whose require() require-in-the-middle is answering,
 * when there is one.
 */
function matchedFile(target: Target, exports: unknown, baseDir: string | undefined, parent?: Module): string | undefined {
  if (baseDir === undefined) return undefined
  if (target.kind === 'file') {
    const filename = join(baseDir, target.subpath)
    return require.cache[filename]?.exports === exports ? filename : undefined
  }
  // require-in-the-middle (internals off) calls onrequire with a package's
  // name only for the package's entry file, so the file is the module that
  // require() just loaded: the requiring module's child with these exports.
  // Resolving the name again costs a full resolution (file system included),
  // which is left for a load by filename and for modules loaded before their hook.
  const child = childWithExports(parent, exports)
  if (child !== undefined && child.filename.startsWith(baseDir + sep)) return child.filename
  try {
    return require.resolve(target.name, { paths: [baseDir] })
  } catch {
    return undefined
  }
}

type RequireFn = (this: Module, id: string) => unknown

/**
 * `onUnavailable` is told when require-in-the-middle cannot be made at the
 * first require() that needs it; that require() and every later one then load
 * as without autowrapt.
 */
export function installCjsAdapter(registry: Registry, onUnavailable: (error: unknown) => void = () => {}): void {
  const whitelist: string[] = []
  const byName = new Map<string, Target[]>()

  const targetPackages = new Set<string>()
  function addTarget(target: Target): void {
    if (target.kind === 'builtin') return
    targetPackages.add(target.packageName)
    for (const name of ritmNames(target)) {
      const list = byName.get(name)
      if (list === undefined) {
        byName.set(name, [target])
        whitelist.push(name)
      } else if (!list.includes(target)) list.push(target)
    }
    scanLoaded(target)
  }

  // Modules of a target that were loaded before its hook was registered (before
  // bootstrap, or before a runtime registration): fire late, with a warning.
  function scanLoaded(target: Exclude<Target, { kind: 'builtin' }>): void {
    const marker = `/node_modules/${target.packageName}/`
    for (const filename of Object.keys(require.cache)) {
      const at = filename.lastIndexOf(marker)
      if (at === -1) continue
      const module = require.cache[filename]
      if (module === undefined || !module.loaded || isOwnModule(filename)) continue
      const baseDir = filename.slice(0, at + marker.length - 1)
      if (matchedFile(target, module.exports, baseDir) !== filename) continue
      if (debugEnabled) debug('cjs', `${filename} was loaded before its hook was registered`)
      module.exports = fireOnModule(target, module.exports, filename, baseDir, true)
    }
  }

  // One loaded module: a CommonJS instance keyed by its exports, or an ES
  // module reached by require() (required-esm.ts).
  function fireOnModule(target: Target, exports: unknown, filename: string, baseDir: string | undefined, late = false): unknown {
    if (types.isModuleNamespaceObject(exports)) {
      return fireOnRequiredEsm(registry, target, exports as object, moduleInfo(target.name, 'module', filename, baseDir), late)
    }
    const key = instanceKeyOfView(commonJsInstance(exports, filename))
    const info = moduleInfo(target.name, 'commonjs', filename, baseDir)
    if (key === exports && hasFixedExports(exports) && isEsmSource(filename)) {
      if (debugEnabled) debug('cjs', `${filename} is ESM compiled to CommonJS by another loader; the hook patches a view of its exports`)
      return fireOnCompiledEsm(registry, target, key, exports as object, info, late)
    }
    return registry.moduleLoaded(target, key, exports, info, late)
  }

  function onrequire(exports: unknown, name: string, baseDir?: string): unknown {
    const targets = byName.get(name.replaceAll('\\', '/'))
    if (targets === undefined) return exports
    for (const target of targets) {
      const filename = matchedFile(target, exports, baseDir, requiring)
      if (filename === undefined) {
        if (debugEnabled) debug('cjs', `"${name}" matched ${target.name} by name, but ${baseDir ?? '(no dir)'} is not that file; skipped`)
        continue
      }
      if (debugEnabled) debug('cjs', `matched ${target.name} at ${filename}`)
      exports = fireOnModule(target, exports, filename, baseDir)
    }
    return exports
  }

  for (const target of registry.targets()) addTarget(target)
  registry.onNewTarget(addTarget)
  // The require in place before the filter is what it bypasses to, and what
  // RITM is made over (RITM keeps the same function privately).
  const below = Module.prototype.require as unknown as RequireFn
  let hookedRequire: RequireFn | undefined
  let making = false
  // The module whose require() is in require-in-the-middle now (onrequire's file: matchedFile).
  let requiring: Module | undefined
  function requireThroughRitm(this: Module, id: string): unknown {
    const outer = requiring
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the requiring module, read by onrequire below
    requiring = this
    try {
      return hookedRequire!.call(this, id)
    } finally {
      requiring = outer
    }
  }
  function hooked(): RequireFn {
    if (hookedRequire !== undefined) return hookedRequire
    // require() calls made while require-in-the-middle is made (its `debug`,
    // when DEBUG is set, may be a target): autowrapt's, never hooked.
    if (making) return below
    making = true
    try {
      const Hook = loadRequireInTheMiddle().Hook as unknown as RitmHook
      hookedRequire = makeBelow(below, () => new Hook(whitelist, { internals: false }, onrequire))
      if (debugEnabled)
        debug('cjs', `require-in-the-middle made at the first require() that may reach a target, for ${whitelist.join(', ')}`)
    } catch (error) {
      hookedRequire = below
      onUnavailable(error)
    } finally {
      making = false
    }
    return hookedRequire
  }
  installRequireFilter(
    below,
    () => (hooked() === below ? below : requireThroughRitm),
    (name) => targetPackages.has(name),
  )
  installLoadByFilename((name) => targetPackages.has(name), onrequire)
  if (debugEnabled) debug('cjs', `require filter installed for ${whitelist.join(', ') || '(no targets yet)'}`)
}
