// Loader-thread side of the asynchronous path (module.register, used where
// module.registerHooks cannot run import-in-the-middle). It wraps only hook
// targets: the matcher is built here from plain data, because a predicate
// function cannot cross the thread boundary.
import { createHook } from 'import-in-the-middle/create-hook.mjs'
import { writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import channelModule from './channel.js'
import trackerModule from './load-tracker.js'
import guardModule from './cjs-require-guard.js'
import type { LoadResult } from './cjs-require-guard.js'
import matcherModule from './matcher.js'
import logModule from '../report/log.js'
import type { MatcherData } from './matcher.js'

export type LoaderData = MatcherData & { channel: SharedArrayBuffer; loadedLog: SharedArrayBuffer }

let tracker: ReturnType<typeof trackerModule.createLoadTracker> | undefined
// Until initialize() has the targets, nothing is a target.
let guard = guardModule.createCjsRequireGuard()
/** False until autowrapt itself registered this loader, with its data. */
let ours = false

// createHook derives the URL of its runtime (lib/register.js) from this URL, so
// it must point into the same import-in-the-middle copy the application thread uses.
// (import.meta.resolve is not available on Node 20's loader thread.)
const iitmHookUrl = pathToFileURL(createRequire(import.meta.url).resolve('import-in-the-middle/hook.mjs')).href
const iitm = createHook({ url: iitmHookUrl })

function isLoaderData(data: unknown): data is LoaderData {
  const d = data as Partial<LoaderData> | undefined
  return Array.isArray(d?.specifiers) && Array.isArray(d?.files) && d?.channel instanceof SharedArrayBuffer && d?.loadedLog instanceof SharedArrayBuffer
}

export async function initialize(data: unknown): Promise<void> {
  // `--loader autowrapt/loader` (or --experimental-loader) reaches here without
  // autowrapt's data: this thread cannot run hooks for the application thread,
  // so it says what to use instead and lets every module through untouched.
  if (!isLoaderData(data)) {
    logModule.warn(logModule.WarningCode.LoaderMisuse, '--loader autowrapt/loader is not supported; nothing is hooked through it. Use NODE_OPTIONS="--import autowrapt/register" (with AUTOWRAPT_BOOTSTRAP)')
    return
  }
  ours = true
  const matcher = matcherModule.createMatcher(data)
  // Targets registered after bootstrap are published through shared memory;
  // checking for them costs one atomic load per resolution.
  const readTargets = channelModule.createTargetReader(data.channel)
  const loaded = trackerModule.createLoadTracker((url) => channelModule.appendUrl(data.loadedLog, url))
  tracker = loaded
  guard = guardModule.createCjsRequireGuard({
    isTarget: (url) => matcher.matches(url, guardModule.packageOfUrl(url)).length > 0,
    // In Node's warning format, written synchronously: this thread's
    // process.stderr is piped to the main thread and loses lines at exit.
    onUnhookable: (url, parent) => writeSync(2, `(node:${process.pid}) [AUTOWRAPT_UNHOOKABLE] AutowraptWarning: ${guardModule.unhookableMessage(url, parent)}\n`),
  })
  iitm.applyOptions({
    shouldInclude(url: string, specifier: string): boolean {
      const added = readTargets()
      if (added !== undefined) matcher.add(added)
      if (!matcher.shouldInclude(url, specifier)) return false
      loaded.included(url)
      return true
    },
  })
}

type Next = (specifier: string, context: unknown) => unknown
type ResolveContext = { parentURL?: string; conditions?: readonly string[] }

export async function resolve(specifier: string, context: ResolveContext, nextResolve: Next): Promise<unknown> {
  if (!ours) return nextResolve(specifier, context)
  if (guard.isRequireInCommonJs(specifier, context)) return guard.required((await nextResolve(specifier, context)) as { url: string }, context.parentURL!)
  return iitm.resolve(specifier, context, nextResolve)
}

export async function load(url: string, context: unknown, nextLoad: Next): Promise<unknown> {
  if (!ours) return nextLoad(url, context)
  tracker?.loading(url)
  return guard.loaded(url, (await iitm.load(url, context, nextLoad)) as LoadResult)
}
