// The module.register path (Node 20, older 22 and 24): the loader thread
// (loader-thread.mts) with the target list, the subscription on this thread,
// and when the thread starts (deferred-start.ts).
import type { register as registerFn } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  createChannelBuffer,
  createUrlReader,
  parseLeftToOtherLoader,
  publishTargets,
  urlLogOverflowed,
  type LeftModule,
} from './channel.js'
import { withoutIitm } from './load-tracker.js'
import { matcherDataFor, type MatcherData } from './matcher.js'
import { entryIsCommonJs, flagsMayLoadEsm, loadedModulesMayLoadEsm, startBeforeFirstEsm } from './deferred-start.js'
import { subscribeToIitm, type OnImported } from './subscription.js'
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { nodeFeatures } from '../core/node-features.js'
import { ownPackageFile } from '../core/package-root.js'
import type { Target } from '../core/targets.js'
import type { Loader } from './start-loader.js'

export type LoaderOptions = {
  /** Start a loader thread at once, whatever the entry point (false only with AUTOWRAPT_ESM=deferred). */
  threadAtOnce: boolean
  /** A loader thread that could not start when it was first needed, after bootstrap. */
  onUnavailable: (reason: string) => void
}

// autowrapt's own files and dependencies, as they sit in require.cache.
function isOwnFile(filename: string): boolean {
  const root = dirname(ownPackageFile('register.cjs'))
  return (
    filename.startsWith(join(root, 'dist') + sep) ||
    filename.startsWith(join(root, 'node_modules') + sep) ||
    filename === join(root, 'register.cjs')
  )
}

// Off-thread path. The thread starts at once when the process may load ES
// modules from the start, otherwise just before the first module that may
// (deferred-start.ts); until then targets only accumulate.
export function startAsyncLoader(targets: readonly Target[], onImported: OnImported, options: LoaderOptions): Loader {
  // What would stop the thread later is said now, when the hooks it serves
  // can still be reported unavailable.
  threadPreconditions()
  const all: MatcherData = matcherDataFor(targets)
  let thread: ReturnType<typeof startLoaderThread> | undefined
  const startThread = () => (thread ??= startLoaderThread(all, onImported))
  const ownRegister = ownPackageFile('register.cjs')
  const nodeOptions = (process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean)
  const atOnce =
    options.threadAtOnce ||
    flagsMayLoadEsm([...process.execArgv, ...nodeOptions], ownRegister) ||
    !entryIsCommonJs(process.argv[1]) ||
    loadedModulesMayLoadEsm(require.cache, isOwnFile)
  if (atOnce) startThread()
  else {
    if (debugEnabled) debug('esm', 'the entry point is CommonJS: the loader thread starts before the first module that may load ESM')
    startBeforeFirstEsm((filename) => {
      if (debugEnabled) debug('esm', `${filename} may load ESM: starting the loader thread`)
      try {
        startThread()
      } catch (error) {
        options.onUnavailable(error instanceof Error ? error.message.split('\n')[0]! : describeError(error))
      }
    })
  }
  return {
    leftToOtherLoaders: () => thread?.leftToOtherLoaders() ?? [],
    addTarget(target) {
      const added = matcherDataFor([target])
      all.specifiers.push(...added.specifiers)
      all.files.push(...added.files)
      if (thread !== undefined && !publishTargets(thread.channel, all)) {
        warn(WarningCode.EsmUnavailable, `too many targets to hand to the ESM loader; ESM imports of "${target.name}" will not be hooked`)
      }
    },
  }
}

function threadPreconditions(): void {
  // Node's loader thread needs a working directory: without one (it was
  // deleted), module.register never returns and the application would hang.
  if (!nodeFeatures.hasWorkingDirectory()) throw new Error('the working directory no longer exists, and module.register hangs without one')
  const permission = (process as { permission?: { has(scope: string): boolean } }).permission
  if (permission?.has('worker') === false)
    throw new Error('module.register needs a worker thread, which the permission model refuses (--allow-worker)')
}

function startLoaderThread(all: MatcherData, onImported: OnImported) {
  threadPreconditions()
  const channel = createChannelBuffer()
  const loadedLog = createChannelBuffer(256 * 1024)
  const { register } = require('node:module') as { register: typeof registerFn }
  // Synchronous: Node runs the loader's initialize() before register() returns,
  // so the target list is in place before the next import.
  register(pathToFileURL(ownPackageFile('loader.mjs')).href, { data: { ...all, channel, loadedLog } })
  if (debugEnabled) debug('esm', 'import-in-the-middle running on the loader thread (module.register)')
  const readLoaded = createUrlReader(loadedLog)
  const loaded = new Set<string>()
  const left: LeftModule[] = []
  function readLog(): void {
    for (const line of readLoaded()) {
      const aside = parseLeftToOtherLoader(line)
      if (aside === undefined) loaded.add(line)
      else left.push(aside)
    }
  }
  function loadedThroughHooks(url: string): boolean {
    readLog()
    return loaded.has(url) || urlLogOverflowed(loadedLog)
  }
  subscribeToIitm((url) => !loadedThroughHooks(withoutIitm(url)), onImported)
  return {
    channel,
    leftToOtherLoaders() {
      readLog()
      return left.splice(0)
    },
  }
}
