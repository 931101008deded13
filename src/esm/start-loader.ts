// The two ways import-in-the-middle runs, chosen by Node version
// (node-features.ts): in-thread through module.registerHooks, or on the loader
// thread through module.register. Both include only hook targets, and both tell
// the adapter (esm.ts) whether a target was loaded through them.
// create-hook.mjs is import-in-the-middle's internal factory, not named as its
// API: pinned with `~` in package.json and held by test/integration/upstream-contracts.test.ts.
import type { createHook as CreateHook, IitmLoaderHooks } from 'import-in-the-middle/create-hook.mjs'
import type { register as registerFn } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createChannelBuffer, createUrlReader, publishTargets, urlLogOverflowed } from './channel.js'
import { createLoadTracker } from './load-tracker.js'
import { createCjsRequireGuard, packageOfUrl, reportUnhookable, type LoadResult } from './cjs-require-guard.js'
import { matcherDataFor, type createMatcher, type MatcherData } from './matcher.js'
import { debug, debugEnabled, warn, WarningCode } from '../report/log.js'
import { nodeFeatures } from '../core/node-features.js'
import { markRequiredInCommonJs } from '../core/commonjs-handoff.js'
import { requireOwn } from '../core/own-modules.js'
import { ownPackageFile } from '../core/package-root.js'
import type { Target } from '../core/targets.js'

export type Loader = {
  /** Hands the loader a target registered after bootstrap. */
  addTarget: (target: Target) => void
  /** Whether a target module was loaded through autowrapt's hooks (else it was loaded earlier). */
  loadedThroughHooks: (url: string) => boolean
}

function iitmHookUrl(): string {
  // createHook derives the URL of import-in-the-middle's runtime from this URL.
  return pathToFileURL(require.resolve('import-in-the-middle/hook.mjs')).href
}

type ResolveContext = { parentURL?: string; conditions?: readonly string[] }
type NextResolve = (specifier: string, context: ResolveContext) => { url: string }

// In-thread path. import-in-the-middle (and its parsers) is loaded only when
// the first target is resolved: a process that never imports an ESM target
// pays for a pass-through hook, not for the library. Before that, the hooks
// hand everything straight to Node, exactly as import-in-the-middle would for
// modules its include predicate refuses.
function startSyncLoader(matcher: ReturnType<typeof createMatcher>, onStart: () => void): Loader {
  const tracker = createLoadTracker()
  const guard = createCjsRequireGuard({
    isTarget: (url) => matcher.matches(url, packageOfUrl(url)).length > 0,
    onRequired: (url) => markRequiredInCommonJs(fileURLToPath(url)),
    onUnhookable: (url, parent) => reportUnhookable((message) => warn(WarningCode.Unhookable, message), url, parent),
  })
  let iitm: IitmLoaderHooks | undefined
  function startIitm(): IitmLoaderHooks {
    const { createHook } = requireOwn<{ createHook: typeof CreateHook }>('import-in-the-middle/create-hook.mjs')
    const hooks = createHook({ url: iitmHookUrl() })
    hooks.applyOptions({
      shouldInclude(url: string, specifier: string): boolean {
        if (!matcher.shouldInclude(url, specifier)) return false
        tracker.included(url)
        return true
      },
    })
    onStart()
    if (debugEnabled) debug('esm', 'first ESM target resolved: import-in-the-middle loaded')
    return hooks
  }
  const { registerHooks } = require('node:module') as { registerHooks: (hooks: object) => unknown }
  registerHooks({
    resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve) {
      if (guard.isRequireInCommonJs(specifier, context)) return guard.required(nextResolve(specifier, context), context.parentURL!)
      if (iitm !== undefined) return iitm.resolveSync(specifier, context, nextResolve)
      const result = nextResolve(specifier, context)
      // The entry point and require() calls are never wrapped (import-in-the-middle's own rules).
      if (!context.parentURL || context.conditions?.includes('require') || !matcher.shouldInclude(result.url, specifier)) return result
      iitm = startIitm()
      return iitm.resolveSync(specifier, context, nextResolve)
    },
    load(url: string, context: unknown, nextLoad: (url: string, context: unknown) => unknown) {
      tracker.loading(url)
      return guard.loaded(url, (iitm === undefined ? nextLoad(url, context) : iitm.loadSync(url, context, nextLoad)) as LoadResult)
    },
  })
  if (debugEnabled) debug('esm', 'in-thread hooks registered (module.registerHooks); import-in-the-middle loads with the first ESM target')
  return { addTarget: () => {}, loadedThroughHooks: tracker.wasLoaded }
}

function startAsyncLoader(targets: readonly Target[], onStart: () => void): Loader {
  const channel = createChannelBuffer()
  const loadedLog = createChannelBuffer(256 * 1024)
  const all: MatcherData = matcherDataFor(targets)
  const { register } = require('node:module') as { register: typeof registerFn }
  // Synchronous: Node runs the loader's initialize() before register() returns,
  // so the target list is in place before the application's first import.
  register(pathToFileURL(ownPackageFile('loader.mjs')).href, { data: { ...all, channel, loadedLog } })
  if (debugEnabled) debug('esm', 'import-in-the-middle running on the loader thread (module.register)')
  onStart()
  const readLoaded = createUrlReader(loadedLog)
  const loaded = new Set<string>()
  return {
    addTarget(target) {
      const added = matcherDataFor([target])
      all.specifiers.push(...added.specifiers)
      all.files.push(...added.files)
      if (!publishTargets(channel, all)) {
        warn(WarningCode.EsmUnavailable, `too many targets to hand to the ESM loader; ESM imports of "${target.name}" will not be hooked`)
      }
    },
    loadedThroughHooks(url) {
      for (const u of readLoaded()) loaded.add(u)
      return loaded.has(url) || urlLogOverflowed(loadedLog)
    },
  }
}

/**
 * Starts the loader for this Node version, or throws an Error saying why ESM
 * imports cannot be hooked here (the caller reports every ESM hook as unavailable).
 * `onStart` runs once import-in-the-middle is loaded, to subscribe to it.
 */
export function startLoader(targets: readonly Target[], matcher: ReturnType<typeof createMatcher>, onStart: () => void): Loader {
  if (nodeFeatures.syncHooks()) return startSyncLoader(matcher, onStart)
  if (nodeFeatures.moduleRegister()) {
    // Node's loader thread needs a working directory: without one (it was
    // deleted), module.register never returns and the application would hang.
    if (!nodeFeatures.hasWorkingDirectory()) throw new Error('the working directory no longer exists, and module.register hangs without one')
    return startAsyncLoader(targets, onStart)
  }
  const why = nodeFeatures.requireEsm() ? 'neither usable module.registerHooks nor module.register' : 'require(esm) is turned off (--no-experimental-require-module), which the in-thread hooks need'
  throw new Error(`Node.js ${process.version}: ${why}`)
}
