// ES modules that arrive through require(): Node's require(esm), and ESM
// source that another loader (tsx, ts-node, a bundler's runtime) compiled to
// CommonJS. Neither can be patched in place: the namespace is frozen, and a
// compiler's CommonJS exports are getters without setters. The hook gets a
// mutable view instead, and require() callers get that same view.
import { readPackageJson } from '../core/package-info.js'
import { nodeFeatures } from '../core/node-features.js'
import { warn, WarningCode } from '../report/log.js'
import { createLiveView, esmInstance } from '../core/esm-instance.js'
import { dirname, extname } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Registry } from '../core/registry.js'
import type { Target } from '../core/targets.js'
import type { ModuleInfo } from '../types.js'

/**
 * require(esm): one instance with the module's `import` (core/esm-instance.ts).
 * Returns what require() hands out: the wrapper's namespace when the module
 * was imported first, else the view the hook patched.
 */
export function fireOnRequiredEsm(registry: Registry, target: Target, namespace: object, info: ModuleInfo, late = false): unknown {
  const instance = esmInstance(pathToFileURL(info.filename!).href)
  if (instance.wrapper !== undefined) {
    // Imported first: the hook fired on the wrapper, which import callers hold.
    registry.moduleLoaded(target, instance.key, instance.wrapper, info, late)
    return instance.wrapper
  }
  if (instance.view === undefined) {
    instance.view = createLiveView(namespace)
    instance.real = namespace
    if (!requireRunsHooks()) warnImportsUnhooked(registry, target, info)
  }
  const view = instance.view
  const result = registry.moduleLoaded(target, instance.key, view, info, late)
  // A returned value replaces the default export, as it does for import.
  if (result !== view && result !== undefined && 'default' in view) view.default = result
  return view
}

// Where import-in-the-middle runs on the loader thread (Node 20, older 22 and
// 24), require(esm) loads the module's own imports without any loader hook:
// file targets inside the same package cannot fire for the modules it loads.
let syncHooks: boolean | undefined
function requireRunsHooks(): boolean {
  return (syncHooks ??= nodeFeatures.syncHooks())
}

function warnImportsUnhooked(registry: Registry, target: Target, info: ModuleInfo): void {
  if (target.kind === 'builtin') return
  const inside = registry.targets().filter((t) => t.kind === 'file' && t.packageName === target.packageName && t.name !== target.name)
  if (inside.length === 0) return
  const reason = `require() of the ES module ${info.filename} on Node ${process.version} loads the modules it imports without loader hooks`
  warn(
    WarningCode.Unhookable,
    `${reason}, so hooks on ${inside.map((t) => `"${t.name}"`).join(', ')} do not fire for modules it loads ` +
      '(import it, or use Node 22.22.3+/24.11.1+ where hooks run in-thread)',
  )
  for (const t of inside) registry.unhookable(t, 'module', reason)
}

/**
 * Whether `filename` is an ES module by Node's rules (extension, or the
 * nearest package.json's "type"): exports of such a file that are not a
 * namespace were compiled to CommonJS by another loader.
 */
export function isEsmSource(filename: string): boolean {
  const ext = extname(filename)
  if (ext === '.mjs' || ext === '.mts') return true
  if (ext !== '.js' && ext !== '.ts' && ext !== '.jsx' && ext !== '.tsx') return false
  for (let dir = dirname(filename); ; dir = dirname(dir)) {
    const json = readPackageJson(dir)
    if (json !== null) return json.type === 'module'
    if (dirname(dir) === dir) return false
  }
}

/** Whether some export cannot be assigned (a compiler's getter-only export); `__esModule` aside. */
export function hasFixedExports(exports: unknown): boolean {
  if (typeof exports !== 'object' || exports === null) return false
  for (const key of Object.getOwnPropertyNames(exports)) {
    if (key === '__esModule') continue
    const d = Object.getOwnPropertyDescriptor(exports, key)!
    if (d.writable === false || (d.get !== undefined && d.set === undefined)) return true
  }
  return false
}

// A view stands for the exports it was made from: meeting it again (a later
// scan of require.cache) is the same instance, not a new one.
const compiledViews = new WeakMap<object, object>()
export function instanceKeyOfView(exports: object): object {
  return compiledViews.get(exports) ?? exports
}

/**
 * ESM compiled to CommonJS by another loader (tsx in CommonJS mode): one
 * CommonJS instance, keyed by its exports. The hook patches a live view, and
 * the view becomes the module's exports in require.cache, so every later
 * require() of it, hooked or not, sees the patch.
 */
export function fireOnCompiledEsm(
  registry: Registry,
  target: Target,
  key: object,
  exports: object,
  info: ModuleInfo,
  late = false,
): unknown {
  const view = createLiveView(exports, false)
  compiledViews.set(view, key)
  const result = registry.moduleLoaded(target, key, view, info, late)
  const cached = require.cache[info.filename!]
  if (cached !== undefined && cached.exports === exports) cached.exports = result
  return result
}
