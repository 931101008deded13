// The two ways import-in-the-middle runs, chosen by Node version
// (node-features.ts): in-thread through module.registerHooks, or on the loader
// thread through module.register. Both include only hook targets, and each
// subscribes to import-in-the-middle itself, once it is complete, and hands the
// adapter every wrapped module with whether it was loaded through its hooks.
// create-hook.mjs is import-in-the-middle's internal factory, not named as its
// API: pinned with `~` in package.json and held by test/integration/upstream-contracts.test.ts.
import type { createHook as CreateHook, IitmLoaderHooks } from 'import-in-the-middle/create-hook.mjs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { LeftModule } from './channel.js'
import { createLoadTracker } from './load-tracker.js'
import { createCjsRequireGuard, packageOfUrl, reportUnhookable, type LoadResult } from './cjs-require-guard.js'
import type { createMatcher } from './matcher.js'
import { debug, debugEnabled, warn, WarningCode } from '../report/log.js'
import { nodeFeatures } from '../core/node-features.js'
import { markRequiredInCommonJs } from '../core/commonjs-handoff.js'
import { requireOwn } from '../core/own-modules.js'
import type { Target } from '../core/targets.js'
import { subscribeToIitm, type OnImported } from './subscription.js'
import { startAsyncLoader, type LoaderOptions } from './start-loader-thread.js'
import { foreignRegisterUrl, registerUrlOf } from './foreign-wrapper.js'
import { subscribeToForeignCopy } from './foreign-copies.js'
import { withJsonAttribute } from './wrapper-load.js'
import { createCycleGuard, runSync } from './import-graph.js'
import { createCycleBindingsWatch, resolveNeedsIitm } from './iitm-bypass.js'

export type { LoaderOptions }

export type Loader = {
  /** Hands the loader a target registered after bootstrap. */
  addTarget: (target: Target) => void
  /** Target modules the loader left to another import-in-the-middle copy (rebuilding-copy.ts). */
  leftToOtherLoaders: () => LeftModule[]
}

function iitmHookUrl(): string {
  // createHook derives the URL of import-in-the-middle's runtime from this URL.
  return pathToFileURL(require.resolve('import-in-the-middle/hook.mjs')).href
}

type ResolveContext = { parentURL?: string; conditions?: readonly string[] }
type ResolveResult = { url: string; format?: string | null; shortCircuit?: boolean }
type NextResolve = (specifier: string, context: object) => ResolveResult

// In-thread path. import-in-the-middle (and its parsers) is loaded only when
// the first target is resolved: a process that never imports an ESM target
// pays for a pass-through hook, not for the library. Before that, the hooks
// hand everything straight to Node, exactly as import-in-the-middle would for
// modules its include predicate refuses.
function startSyncLoader(matcher: ReturnType<typeof createMatcher>, onImported: OnImported): Loader {
  const tracker = createLoadTracker()
  const cycles = createCycleGuard((message) => warn(WarningCode.EsmCycle, message))
  // An import of a target from inside the target's own cycle gets the module (import-graph.ts).
  function outsideCycles(specifier: string, context: ResolveContext, result: ResolveResult, nextResolve: NextResolve): ResolveResult {
    const { parentURL, conditions } = context
    const target = result.format === 'commonjs' || !tracker.isIncluded(result.url) ? undefined : cycles.wrappedTarget(parentURL, result.url)
    if (target === undefined) return result
    const pending = cycles.pendingWalk(target, parentURL!, specifier, conditions)
    if (pending !== undefined) {
      // Node merges the context of each nextResolve call into this hook's own
      // (seen on 24 and 26): put it back as it was.
      const saved = { ...context }
      pending.done(runSync(pending.walk, (r) => nextResolve(r.specifier, r.context)))
      Object.assign(context, saved)
    }
    return cycles.inCycle(target, parentURL!, specifier) ? { url: target, format: result.format, shortCircuit: true } : result
  }
  const guard = createCjsRequireGuard({
    isTarget: (url) => matcher.matches(url, packageOfUrl(url)).length > 0,
    onRequired: (url) => markRequiredInCommonJs(fileURLToPath(url)),
    onUnhookable: (url, parent) => reportUnhookable((message) => warn(WarningCode.Unhookable, message), url, parent),
  })
  let iitm: IitmLoaderHooks | undefined
  const cycleBindings = createCycleBindingsWatch()
  let ownRegisterUrl: string | undefined
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
    subscribeToIitm((url) => !tracker.wasLoaded(url), onImported)
    if (debugEnabled) debug('esm', 'first ESM target resolved: import-in-the-middle loaded')
    return hooks
  }
  const { registerHooks } = require('node:module') as { registerHooks: (hooks: object) => unknown }
  // import-in-the-middle's include predicate: a target, and never a require() (its own rule).
  const included = (context: ResolveContext, url: string, specifier: string): boolean =>
    !context.conditions?.includes('require') && matcher.shouldInclude(url, specifier)
  registerHooks({
    resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve) {
      if (guard.isRequireInCommonJs(specifier, context)) return guard.required(nextResolve(specifier, context), context.parentURL!)
      const result = nextResolve(specifier, context)
      if (iitm === undefined) {
        // The entry point is never wrapped (import-in-the-middle's own rule).
        if (!context.parentURL || !included(context, result.url, specifier)) return result
        iitm = startIitm()
      } else {
        const needed = resolveNeedsIitm(specifier, context.parentURL, result.url)
        if (needed === false || (needed === undefined && !included(context, result.url, specifier))) return result
      }
      // Resolved again inside import-in-the-middle: it keeps that nextResolve for the wrapper's `export *`.
      return outsideCycles(specifier, context, iitm.resolveSync(specifier, context, nextResolve) as ResolveResult, nextResolve)
    },
    load(url: string, context: unknown, nextLoad: (url: string, context: unknown) => unknown) {
      if (iitm === undefined) return guard.loaded(url, nextLoad(url, context) as LoadResult)
      const wrapper = url.includes('?')
      if (!wrapper && !cycleBindings.announced && !tracker.isIncluded(url)) return guard.loaded(url, nextLoad(url, context) as LoadResult)
      tracker.loading(url)
      if (!wrapper) return guard.loaded(url, iitm.loadSync(url, context, nextLoad) as LoadResult)
      const result = iitm.loadSync(url, context, withJsonAttribute(nextLoad)) as LoadResult
      if (cycleBindings.sawWrapper(result?.source) && debugEnabled)
        debug('esm', `${url}: import-in-the-middle staged this wrapper for an export * cycle; every later module loads through it`)
      // A target's wrapper built by another import-in-the-middle copy (see
      // foreign-wrapper.ts): subscribe to that copy before the wrapper evaluates.
      if (tracker.isIncluded(url)) {
        const foreign = foreignRegisterUrl(result?.source, (ownRegisterUrl ??= registerUrlOf(iitmHookUrl())))
        if (foreign !== undefined) subscribeToForeignCopy(foreign)
      }
      return result
    },
  })
  if (debugEnabled) debug('esm', 'in-thread hooks registered (module.registerHooks); import-in-the-middle loads with the first ESM target')
  return { addTarget: () => {}, leftToOtherLoaders: () => [] }
}

/**
 * Starts the loader for this Node version, or throws an Error saying why ESM
 * imports cannot be hooked here (the caller reports every ESM hook as unavailable).
 * `onImported` receives every module import-in-the-middle wraps, from the
 * moment the loader has subscribed (replays of earlier ones included).
 */
export function startLoader(
  targets: readonly Target[],
  matcher: ReturnType<typeof createMatcher>,
  onImported: OnImported,
  options: LoaderOptions,
): Loader {
  if (nodeFeatures.syncHooks()) return startSyncLoader(matcher, onImported)
  if (nodeFeatures.moduleRegister()) return startAsyncLoader(targets, onImported, options)
  const why = nodeFeatures.requireEsm()
    ? 'neither usable module.registerHooks nor module.register'
    : 'require(esm) is turned off (--no-experimental-require-module), which the in-thread hooks need'
  throw new Error(`Node.js ${process.version}: ${why}`)
}
