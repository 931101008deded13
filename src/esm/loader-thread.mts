// Loader-thread side of the asynchronous path (module.register, used where
// module.registerHooks cannot run import-in-the-middle). It wraps only hook
// targets: the matcher is built here from plain data, because a predicate
// function cannot cross the thread boundary.
import { createHook } from 'import-in-the-middle/create-hook.mjs'
import { writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import channelModule from './channel.js'
import trackerModule from './load-tracker.js'
import guardModule from './cjs-require-guard.js'
import matcherModule from './matcher.js'
import foreignWrapperModule from './foreign-wrapper.js'
import wrapperLoadModule from './wrapper-load.js'
import importGraphModule from './import-graph.js'
import rebuildingCopyModule from './rebuilding-copy.js'
import logModule from '../report/log.js'
import type { MatcherData } from './matcher.js'

export type LoaderData = MatcherData & { channel: SharedArrayBuffer; loadedLog: SharedArrayBuffer }

let tracker: ReturnType<typeof trackerModule.createLoadTracker> | undefined
// Until initialize() has the targets, nothing is a target.
let guard = guardModule.createCjsRequireGuard()
/** False until autowrapt itself registered this loader, with its data. */
let ours = false
const cycles = importGraphModule.createCycleGuard((message) => logModule.warn(logModule.WarningCode.EsmCycle, message))

// createHook derives the URL of its runtime (lib/register.js) from this URL, so
// it must point into the same import-in-the-middle copy the application thread uses.
// (import.meta.resolve is not available on Node 20's loader thread.)
const iitmHookUrl = pathToFileURL(createRequire(import.meta.url).resolve('import-in-the-middle/hook.mjs')).href
const iitm = createHook({ url: iitmHookUrl })
const ownRegisterUrl = foreignWrapperModule.registerUrlOf(iitmHookUrl)
const bridgeUrl = new URL('./foreign-bridge.mjs', import.meta.url).href
const rebuildingCopyAhead = rebuildingCopyModule.createRebuildingCopyFinder(dirname(fileURLToPath(iitmHookUrl)))
// Targets left to a 1.x/2.x copy ahead of autowrapt (rebuilding-copy.ts), by URL.
const steppedAside = new Map<string, { copy: string; specifier: string }>()
let loadedLog: SharedArrayBuffer | undefined

function isLoaderData(data: unknown): data is LoaderData {
  const d = data as Partial<LoaderData> | undefined
  return (
    Array.isArray(d?.specifiers) &&
    Array.isArray(d?.files) &&
    d?.channel instanceof SharedArrayBuffer &&
    d?.loadedLog instanceof SharedArrayBuffer
  )
}

export async function initialize(data: unknown): Promise<void> {
  // `--loader autowrapt/loader` (or --experimental-loader) reaches here without
  // autowrapt's data: this thread cannot run hooks for the application thread,
  // so it says what to use instead and lets every module through untouched.
  if (!isLoaderData(data)) {
    logModule.warn(
      logModule.WarningCode.LoaderMisuse,
      '--loader autowrapt/loader is not supported; nothing is hooked through it. Use NODE_OPTIONS="--import autowrapt/register" (with AUTOWRAPT_BOOTSTRAP)',
    )
    return
  }
  ours = true
  const matcher = matcherModule.createMatcher(data)
  // Targets registered after bootstrap are published through shared memory;
  // checking for them costs one atomic load per resolution.
  const readTargets = channelModule.createTargetReader(data.channel)
  const loaded = trackerModule.createLoadTracker((url) => channelModule.appendUrl(data.loadedLog, url))
  tracker = loaded
  loadedLog = data.loadedLog
  guard = guardModule.createCjsRequireGuard({
    isTarget: (url) => matcher.matches(url, guardModule.packageOfUrl(url)).length > 0,
    // In Node's warning format, written synchronously: this thread's
    // process.stderr is piped to the main thread and loses lines at exit.
    onUnhookable: (url, parent) =>
      writeSync(2, `(node:${process.pid}) [AUTOWRAPT_UNHOOKABLE] AutowraptWarning: ${guardModule.unhookableMessage(url, parent)}\n`),
  })
  iitm.applyOptions({
    shouldInclude(url: string, specifier: string): boolean {
      const added = readTargets()
      if (added !== undefined) matcher.add(added)
      if (!matcher.shouldInclude(url, specifier)) return false
      loaded.included(url)
      const copy = rebuildingCopyAhead()
      if (copy === undefined) return true
      steppedAside.set(trackerModule.withoutIitm(url), { copy, specifier })
      return false
    },
  })
}

type ResolveContext = { parentURL?: string; conditions?: readonly string[] }
type ResolveResult = { url: string; format?: string | null; shortCircuit?: boolean }
type NextResolve = (specifier: string, context: object) => Promise<ResolveResult>

export async function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<ResolveResult> {
  if (!ours) return nextResolve(specifier, context)
  // Read first: the sync hooks' nextResolve merges each call's context into the caller's (start-loader.ts).
  const { parentURL, conditions } = context
  if (guard.isRequireInCommonJs(specifier, context)) return guard.required(await nextResolve(specifier, context), parentURL!)
  const result = (await iitm.resolve(specifier, context, nextResolve)) as ResolveResult
  // An import of a target from inside the target's own cycle (import-graph.ts).
  const target = result.format === 'commonjs' || !tracker?.isIncluded(result.url) ? undefined : cycles.wrappedTarget(parentURL, result.url)
  if (target === undefined) return result
  const pending = cycles.pendingWalk(target, parentURL!, conditions)
  if (pending !== undefined) pending.done(await importGraphModule.runAsync(pending.walk, (r) => nextResolve(r.specifier, r.context)))
  return cycles.inCycle(target, parentURL!, specifier) ? { url: target, format: result.format, shortCircuit: true } : result
}

type LoadResult = { format?: string; source?: unknown; shortCircuit?: boolean }

export async function load(
  url: string,
  context: unknown,
  nextLoad: (url: string, context: unknown) => Promise<LoadResult>,
): Promise<LoadResult> {
  if (!ours) return nextLoad(url, context)
  tracker?.loading(url)
  if (!url.includes('?')) {
    const result = guard.loaded(url, (await iitm.load(url, context, nextLoad)) as LoadResult)
    const aside = steppedAside.get(url)
    return aside === undefined ? result : subscribeThroughModule(url, aside, result)
  }
  const result = (await iitm.load(url, context, wrapperLoadModule.withJsonAttribute(nextLoad as never))) as LoadResult
  return tracker?.isIncluded(url) ? withForeignBridge(result) : result
}

// A target left to a 1.x/2.x copy ahead of autowrapt: an ESM module imports
// foreign-bridge.mjs, which subscribes the application thread to that copy
// before the copy's wrapper (which imports this module) evaluates. A CommonJS
// module has no such place: unless autowrapt is subscribed to that copy by
// then anyway, it says so at exit, and the report says wrapped-by-another-loader.
const loggedAside = new Set<string>()
function subscribeThroughModule(url: string, aside: { copy: string; specifier: string }, result: LoadResult): LoadResult {
  if ((result.format === 'module' || result.format === 'module-typescript') && result.source != null) {
    const registerUrl = pathToFileURL(`${aside.copy}/lib/register.js`).href
    const source = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source as Uint8Array)
    return { ...result, source: `${source}\nimport ${JSON.stringify(`${bridgeUrl}?copy=${encodeURIComponent(registerUrl)}`)}\n` }
  }
  // Whether autowrapt heard of it anyway (it subscribes to the copy process-wide,
  // through any ESM target) is known only on the application thread, at exit.
  if (!loggedAside.has(url)) {
    loggedAside.add(url)
    if (loadedLog !== undefined) channelModule.appendUrl(loadedLog, channelModule.leftToOtherLoaderLine(url, aside.specifier, aside.copy))
  }
  return result
}

// A target's wrapper built by another import-in-the-middle copy (one ahead of
// autowrapt in the chain left the URL to it, see foreign-wrapper.ts): one more
// import makes the application thread subscribe to that copy before the
// wrapper's body tells its subscribers.
function withForeignBridge(result: LoadResult): LoadResult {
  const foreign = foreignWrapperModule.foreignRegisterUrl(result?.source, ownRegisterUrl)
  if (foreign === undefined) return result
  const source = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source as Uint8Array)
  return { ...result, source: `${source}\nimport ${JSON.stringify(`${bridgeUrl}?copy=${encodeURIComponent(foreign)}`)}\n` }
}
