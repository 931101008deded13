// Loader-thread side of the asynchronous path (module.register, used where
// module.registerHooks cannot run import-in-the-middle). It wraps only hook
// targets: the matcher is built here from plain data, because a predicate
// function cannot cross the thread boundary.
import { createHook } from 'import-in-the-middle/create-hook.mjs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import channelModule from './channel.js'
import trackerModule from './load-tracker.js'
import matcherModule from './matcher.js'
import foreignWrapperModule from './foreign-wrapper.js'
import type { MatcherData } from './matcher.js'

export type LoaderData = MatcherData & { channel: SharedArrayBuffer; loadedLog: SharedArrayBuffer }

let tracker: ReturnType<typeof trackerModule.createLoadTracker> | undefined

// createHook derives the URL of its runtime (lib/register.js) from this URL, so
// it must point into the same import-in-the-middle copy the application thread uses.
// (import.meta.resolve is not available on Node 20's loader thread.)
const iitmHookUrl = pathToFileURL(createRequire(import.meta.url).resolve('import-in-the-middle/hook.mjs')).href
const iitm = createHook({ url: iitmHookUrl })
const ownRegisterUrl = foreignWrapperModule.registerUrlOf(iitmHookUrl)
const bridgeUrl = new URL('./foreign-bridge.mjs', import.meta.url).href

export async function initialize(data: LoaderData): Promise<void> {
  const matcher = matcherModule.createMatcher(data)
  // Targets registered after bootstrap are published through shared memory;
  // checking for them costs one atomic load per resolution.
  const readTargets = channelModule.createTargetReader(data.channel)
  const loaded = trackerModule.createLoadTracker((url) => channelModule.appendUrl(data.loadedLog, url))
  tracker = loaded
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

export const resolve = iitm.resolve

type LoadResult = { format?: string; source?: unknown; shortCircuit?: boolean }

export async function load(url: string, context: unknown, nextLoad: unknown): Promise<LoadResult> {
  tracker?.loading(url)
  const result = (await iitm.load(url, context, nextLoad)) as LoadResult
  return url.includes('?') && tracker?.isIncluded(url) ? withForeignBridge(result) : result
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
