// Loader-thread side of the asynchronous path (module.register, used where
// module.registerHooks cannot run import-in-the-middle). It wraps only hook
// targets: the matcher is built here from plain data, because a predicate
// function cannot cross the thread boundary.
//
// Every module of the application passes through here, so the common case is
// kept to Node's own work: a URL that is no target goes straight to
// nextResolve/nextLoad, without entering import-in-the-middle, and
// import-in-the-middle (with its parsers) is loaded only when the first target
// is resolved. A process that never imports a target pays for a pass-through
// loader. This file is bundled into one (scripts/bundle.mjs): the loader
// thread reads one file of autowrapt's at startup.
import type { createHook as CreateHook, IitmLoaderHooks } from 'import-in-the-middle/create-hook.mjs'
import type * as TargetResolution from './target-resolution.js'
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
import rebuildingCopyModule from './rebuilding-copy.js'
import logModule from '../report/log.js'
import type { MatcherData } from './matcher.js'

export type LoaderData = MatcherData & { channel: SharedArrayBuffer; loadedLog: SharedArrayBuffer }

type ResolveContext = { parentURL?: string; conditions?: readonly string[] }
type ResolveResult = { url: string; format?: string | null; shortCircuit?: boolean }
type NextResolve = (specifier: string, context: object) => Promise<ResolveResult>
type LoadResult = { format?: string; source?: unknown; shortCircuit?: boolean }
type NextLoad = (url: string, context: unknown) => Promise<LoadResult>

/** Set by initialize() when autowrapt itself registered this loader, with its data. */
let state: ReturnType<typeof createState> | undefined

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
    // Written at once: this thread's piped stderr can lose a line at exit.
    logModule.warnNow(
      logModule.WarningCode.LoaderMisuse,
      '--loader autowrapt/loader is not supported; nothing is hooked through it. Use NODE_OPTIONS="--import autowrapt/register" (with AUTOWRAPT_BOOTSTRAP)',
    )
    return
  }
  state = createState(data)
}

function createState(data: LoaderData) {
  const matcher = matcherModule.createMatcher(data)
  // Targets registered after bootstrap are published through shared memory;
  // checking for them costs one atomic load per resolution.
  const readTargets = channelModule.createTargetReader(data.channel)
  const tracker = trackerModule.createLoadTracker((url) => channelModule.appendUrl(data.loadedLog, url))
  const guard = guardModule.createCjsRequireGuard({
    isTarget: (url) => matcher.matches(url, guardModule.packageOfUrl(url)).length > 0,
    // Written at once (warnNow, the one warning format of both threads): this
    // thread's process.stderr is piped to the main thread and loses lines at exit.
    onUnhookable: (url, parent) => logModule.warnNow(logModule.WarningCode.Unhookable, guardModule.unhookableMessage(url, parent)),
  })
  return {
    matcher,
    tracker,
    guard,
    loadedLog: data.loadedLog,
    /** The include decision for one resolved module, with targets added since the last one. */
    isTarget(url: string, specifier: string): boolean {
      const added = readTargets()
      if (added !== undefined) matcher.add(added)
      return matcher.shouldInclude(url, specifier)
    },
  }
}

// import-in-the-middle, loaded with the first target (or the first module
// another copy of it marked). createHook derives the URL of its runtime
// (lib/register.js) from the URL it is given, so that URL points into the
// copy the application thread subscribes to. (import.meta.resolve is not
// available on Node 20's loader thread.)
const ownRequire = createRequire(import.meta.url)
let iitmStarting: Promise<ReturnType<typeof startIitm>> | undefined
let iitmStarted: ReturnType<typeof startIitm> | undefined

async function loadIitm(): Promise<ReturnType<typeof startIitm>> {
  const hookUrl = pathToFileURL(ownRequire.resolve('import-in-the-middle/hook.mjs')).href
  const { createHook } = (await import(new URL('create-hook.mjs', hookUrl).href)) as { createHook: typeof CreateHook }
  // Written at once: this thread's process.stderr is piped to the main thread and loses lines at exit.
  if (logModule.debugEnabled)
    writeSync(2, `AUTOWRAPT ${process.pid} esm: first target resolved: import-in-the-middle loaded on the loader thread\n`)
  return (iitmStarted = startIitm(createHook({ url: hookUrl }), hookUrl))
}

function startIitm(hooks: IitmLoaderHooks, hookUrl: string) {
  const own = state!
  const rebuildingCopyAhead = rebuildingCopyModule.createRebuildingCopyFinder(dirname(fileURLToPath(hookUrl)))
  // Targets left to a 1.x/2.x copy ahead of autowrapt (rebuilding-copy.ts), by URL.
  const steppedAside = new Map<string, { copy: string; specifier: string }>()
  hooks.applyOptions({
    shouldInclude(url: string, specifier: string): boolean {
      if (!own.isTarget(url, specifier)) return false
      own.tracker.included(url)
      const copy = rebuildingCopyAhead()
      if (copy === undefined) return true
      steppedAside.set(trackerModule.withoutIitm(url), { copy, specifier })
      return false
    },
  })
  return { hooks, steppedAside, ownRegisterUrl: foreignWrapperModule.registerUrlOf(hookUrl) }
}

const iitm = () => iitmStarted ?? (iitmStarting ??= loadIitm())

// `return await`, not `return`: a 1.x/2.x copy ahead of autowrapt is found on
// the async stack (rebuilding-copy.ts), which a returned promise leaves out.
async function resolveThroughIitm(...args: Parameters<typeof TargetResolution.resolveThroughIitm>) {
  return await (await import('./target-resolution.js')).resolveThroughIitm(...args)
}

export async function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<ResolveResult> {
  const own = state
  if (own === undefined) return nextResolve(specifier, context)
  const { parentURL } = context
  if (own.guard.isRequireInCommonJs(specifier, context)) return own.guard.required(await nextResolve(specifier, context), parentURL!)
  // A wrapper's own imports, and wrapper URLs: import-in-the-middle's
  // business. Before the first target none is autowrapt's: they belong to
  // another copy (whose loader may also be loading this thread's own copy,
  // which must not wait for itself).
  if (trackerModule.hasIitmParam(specifier) || (parentURL !== undefined && trackerModule.hasIitmParam(parentURL))) {
    if (iitmStarted === undefined) return nextResolve(specifier, context)
    return await resolveThroughIitm(iitmStarted.hooks, own.tracker, specifier, context, nextResolve)
  }
  const result = await nextResolve(specifier, context)
  if (!parentURL) return entryPoint(result)
  if (!own.isTarget(result.url, specifier)) return result
  // A target: import-in-the-middle resolves it again (the first resolution is reused).
  let first: ResolveResult | undefined = result
  const reuse: NextResolve = (s, c) => {
    const reused = first
    first = undefined
    return s === specifier && c === context && reused !== undefined ? Promise.resolve(reused) : nextResolve(s, c)
  }
  return await resolveThroughIitm((await iitm()).hooks, own.tracker, specifier, context, reuse)
}

// import-in-the-middle never wraps the entry point, but gives an extensionless
// one a format (commonjs unless resolved otherwise), so that a CLI file without
// an extension runs as it would without loaders: kept without loading it.
const KNOWN_EXTENSION = /\.(js|mjs|cjs|ts|mts|cts)$/
function entryPoint(result: ResolveResult): ResolveResult {
  return KNOWN_EXTENSION.test(result.url) ? result : { url: result.url, format: result.format ?? 'commonjs' }
}

export async function load(url: string, context: unknown, nextLoad: NextLoad): Promise<LoadResult> {
  const own = state
  if (own === undefined) return nextLoad(url, context)
  own.tracker.loading(url)
  const marked = trackerModule.hasIitmParam(url)
  // Until a target was resolved, import-in-the-middle has nothing to do here
  // (a marked URL is another copy's). After that, its load step also edits
  // modules that are no targets (the other members of an import cycle
  // through a target get an import of the cycle's shared bindings), so every
  // load goes through it: a cheap step next to its resolve work.
  if (iitmStarted === undefined) return own.guard.loaded(url, await nextLoad(url, context))
  const { hooks, steppedAside, ownRegisterUrl } = iitmStarted
  if (!marked) {
    const result = own.guard.loaded(url, (await hooks.load(url, context, nextLoad)) as LoadResult)
    const aside = steppedAside.get(url)
    return aside === undefined ? result : subscribeThroughModule(own.loadedLog, url, aside, result)
  }
  const result = (await hooks.load(url, context, wrapperLoadModule.withJsonAttribute(nextLoad as never))) as LoadResult
  return own.tracker.isIncluded(url) ? withForeignBridge(result, ownRegisterUrl) : result
}

const bridgeUrl = new URL('./foreign-bridge.mjs', import.meta.url).href
const withBridge = (source: unknown, registerUrl: string) =>
  `${typeof source === 'string' ? source : new TextDecoder().decode(source as Uint8Array)}\nimport ${JSON.stringify(`${bridgeUrl}?copy=${encodeURIComponent(registerUrl)}`)}\n`

// A target left to a 1.x/2.x copy ahead of autowrapt: an ESM module imports
// foreign-bridge.mjs, which subscribes the application thread to that copy
// before the copy's wrapper (which imports this module) evaluates. A CommonJS
// module has no such place: unless autowrapt is subscribed to that copy by
// then anyway, it says so at exit, and the report says wrapped-by-another-loader.
const loggedAside = new Set<string>()
function subscribeThroughModule(
  loadedLog: SharedArrayBuffer,
  url: string,
  aside: { copy: string; specifier: string },
  result: LoadResult,
): LoadResult {
  if ((result.format === 'module' || result.format === 'module-typescript') && result.source != null)
    return { ...result, source: withBridge(result.source, pathToFileURL(`${aside.copy}/lib/register.js`).href) }
  // Whether autowrapt heard of it anyway (it subscribes to the copy process-wide,
  // through any ESM target) is known only on the application thread, at exit.
  if (!loggedAside.has(url)) {
    loggedAside.add(url)
    channelModule.appendUrl(loadedLog, channelModule.leftToOtherLoaderLine(url, aside.specifier, aside.copy))
  }
  return result
}

// A target's wrapper built by another import-in-the-middle copy (one ahead of
// autowrapt in the chain left the URL to it, see foreign-wrapper.ts): one more
// import makes the application thread subscribe to that copy before the
// wrapper's body tells its subscribers.
function withForeignBridge(result: LoadResult, ownRegisterUrl: string): LoadResult {
  const foreign = foreignWrapperModule.foreignRegisterUrl(result?.source, ownRegisterUrl)
  return foreign === undefined ? result : { ...result, source: withBridge(result.source, foreign) }
}
