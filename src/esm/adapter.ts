// ESM: one import-in-the-middle hook, restricted to hook targets by an include
// predicate, so no other module is ever wrapped (wrapping breaks `export let`
// live bindings and costs startup time). In-thread through module.registerHooks
// where import-in-the-middle supports it; otherwise off-thread through
// module.register, which blocks until the loader has its target list.
import { fileURLToPath } from 'node:url'
import { startLoader, type Loader } from './start-loader.js'
import { createMatcher, matcherDataFor } from './matcher.js'
import { fireOnImportedEsm } from './imported-esm.js'
import { onUnhookable, packageOfUrl } from './cjs-require-guard.js'
import { debug, debugEnabled } from '../report/log.js'
import { commonJsInstance, moduleInfo } from '../core/module-instance.js'
import { requireOwn } from '../core/own-modules.js'
import type { Registry } from '../core/registry.js'
import type { Target } from '../core/targets.js'
import type { ModuleInfo } from '../types.js'

type Namespace = Record<string, unknown>
type IitmAddHook = (hook: (url: string, namespace: Namespace, specifier?: string, format?: string) => void) => void

function esmInfo(name: string, url: string, format: string | undefined): ModuleInfo {
  return moduleInfo(name, format === 'commonjs' ? 'commonjs' : 'module', url.startsWith('file:') ? fileURLToPath(url) : undefined)
}

// A CommonJS target imported from ESM is the same instance as its require()
// (module-instance.ts): the hook gets the real module.exports, so it never
// fires twice, and the ESM view is then brought in line.
function applyToCommonJs(registry: Registry, target: Target, namespace: Namespace, info: ModuleInfo): void {
  const cached = info.filename === undefined ? undefined : require.cache[info.filename]
  const original = cached ? cached.exports : namespace.default
  if ((typeof original !== 'object' || original === null) && typeof original !== 'function') return
  const result = registry.moduleLoaded(target, commonJsInstance(original, info.filename ?? info.name), original, info) as Namespace
  if (result !== original && cached) cached.exports = result
  for (const key of Object.keys(namespace)) {
    const value = key === 'default' ? result : result?.[key]
    if (namespace[key] !== value && (key === 'default' || Object.prototype.hasOwnProperty.call(result, key))) {
      try {
        namespace[key] = value
      } catch {
        // A binding import-in-the-middle cannot set: leave the original.
      }
    }
  }
}

export function installEsmAdapter(registry: Registry): void {
  const targetsByName = new Map<string, Target>()
  const initial = registry.targets().filter((t) => t.kind !== 'builtin')
  for (const t of initial) targetsByName.set(t.name, t)
  const matcher = createMatcher(matcherDataFor(initial))
  // The callback runs only when a wrapped module evaluates, after `loader` is set.
  const loader: Loader = startLoader(initial, matcher, () => {
    requireOwn<{ addHook: IitmAddHook }>('import-in-the-middle').addHook((url, namespace, specifier, format) => onImported(loader, url, namespace, specifier, format))
  })
  onUnhookable((url, reason) => {
    for (const name of matcher.matches(url, packageOfUrl(url))) {
      const target = targetsByName.get(name)
      if (target !== undefined) registry.unhookable(target, 'commonjs', `${fileURLToPath(url)} ${reason}`)
    }
  })
  registry.onNewTarget((target) => {
    if (target.kind === 'builtin' || targetsByName.has(target.name)) return
    targetsByName.set(target.name, target)
    matcher.add(matcherDataFor([target]))
    loader.addTarget(target)
  })

  function onImported(loader: Loader, url: string, namespace: Namespace, specifier?: string, format?: string): void {
    for (const name of matcher.matches(url, specifier)) {
      const target = targetsByName.get(name)
      if (target === undefined) continue
      const info = esmInfo(name, url, format)
      if (debugEnabled) debug('esm', `matched ${name} at ${url} (${info.format})`)
      if (info.format === 'commonjs') {
        applyToCommonJs(registry, target, namespace, info)
        continue
      }
      const late = !loader.loadedThroughHooks(url)
      if (late && debugEnabled) debug('esm', `${url} was loaded before its hook was registered`)
      fireOnImportedEsm(registry, target, url, namespace, info, late)
    }
  }
}
