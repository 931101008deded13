// ESM: one import-in-the-middle hook, restricted to hook targets by an include
// predicate, so no other module is ever wrapped (wrapping breaks `export let`
// live bindings and costs startup time). In-thread through module.registerHooks
// where import-in-the-middle supports it; otherwise off-thread through
// module.register, which blocks until the loader has its target list.
import type { register as registerFn } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { createChannelBuffer, publishTargets } from './esm-channel.js'
import { createMatcher, matcherDataFor, type MatcherData } from './esm-matcher.js'
import { debug, debugEnabled, warn, WarningCode } from './log.js'
import { nodeFeatures } from './node-features.js'
import { requireOwn } from './own-modules.js'
import { packageOfFile } from './package-info.js'
import type { Registry } from './registry.js'
import type { Target } from './targets.js'
import type { ModuleInfo } from './types.js'

type Namespace = Record<string, unknown>
type IitmAddHook = (hook: (url: string, namespace: Namespace, specifier?: string, format?: string) => void) => void

/** Starts the loader and returns a function that hands it targets registered later. */
function startLoader(targets: readonly Target[], matcher: ReturnType<typeof createMatcher>): ((t: Target) => void) | undefined {
  if (nodeFeatures.syncHooks()) {
    const { register } = requireOwn<{ register: (o: object) => void }>('import-in-the-middle/register-hooks.mjs')
    register({ shouldInclude: matcher.shouldInclude })
    if (debugEnabled) debug('esm', 'import-in-the-middle running in-thread (module.registerHooks)')
    return () => {}
  }
  if (!nodeFeatures.moduleRegister()) {
    warn(WarningCode.EsmUnavailable, `autowrapt: this Node.js (${process.version}) has neither usable module.registerHooks nor module.register; ESM targets will not be hooked`)
    return undefined
  }
  const channel = createChannelBuffer()
  const all: MatcherData = matcherDataFor(targets)
  const { register } = require('node:module') as { register: typeof registerFn }
  // Synchronous: Node runs the loader's initialize() before register() returns,
  // so the target list is in place before the application's first import.
  register(pathToFileURL(join(__dirname, '..', 'loader.mjs')).href, { data: { ...all, channel } })
  if (debugEnabled) debug('esm', 'import-in-the-middle running on the loader thread (module.register)')
  return (target) => {
    const added = matcherDataFor([target])
    all.specifiers.push(...added.specifiers)
    all.files.push(...added.files)
    if (!publishTargets(channel, all)) {
      warn(WarningCode.EsmUnavailable, `autowrapt: too many targets to hand to the ESM loader; ESM imports of "${target.name}" will not be hooked`)
    }
  }
}

function esmInfo(name: string, url: string, format: string | undefined): ModuleInfo {
  const filename = url.startsWith('file:') ? fileURLToPath(url) : undefined
  const pkg = filename === undefined ? undefined : packageOfFile(filename)
  return { name, version: pkg?.version, baseDir: pkg?.dir, filename, format: format === 'commonjs' ? 'commonjs' : 'module' }
}

// A CommonJS target imported from ESM is the same instance as its require():
// the hook gets the real module.exports (keyed like the CommonJS adapter keys
// it, so it never fires twice), and the ESM view is then brought in line.
function applyToCommonJs(registry: Registry, target: Target, namespace: Namespace, info: ModuleInfo): void {
  const cached = info.filename === undefined ? undefined : require.cache[info.filename]
  const original = cached ? cached.exports : namespace.default
  if ((typeof original !== 'object' || original === null) && typeof original !== 'function') return
  const result = registry.moduleLoaded(target, original as object, original, info) as Namespace
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
  const sendToLoader = startLoader(initial, matcher)
  if (sendToLoader === undefined) return
  registry.onNewTarget((target) => {
    if (target.kind === 'builtin' || targetsByName.has(target.name)) return
    targetsByName.set(target.name, target)
    matcher.add(matcherDataFor([target]))
    sendToLoader(target)
  })

  const { addHook } = requireOwn<{ addHook: IitmAddHook }>('import-in-the-middle')
  addHook((url, namespace, specifier, format) => {
    for (const name of matcher.matches(url, specifier)) {
      const target = targetsByName.get(name)
      if (target === undefined) continue
      const info = esmInfo(name, url, format)
      if (debugEnabled) debug('esm', `matched ${name} at ${url} (${info.format})`)
      if (info.format === 'commonjs') {
        applyToCommonJs(registry, target, namespace, info)
        continue
      }
      const result = registry.moduleLoaded(target, namespace, namespace, info)
      if (result !== namespace && 'default' in namespace) namespace.default = result
    }
  })
}
