// Loader thread: the resolution of a hook target (or of a module
// import-in-the-middle marked) through import-in-the-middle, then the import
// cycle check of import-graph.ts. Loaded with the first target, so that a
// process that imports none never loads the module lexer the check needs.
import type { IitmLoaderHooks } from 'import-in-the-middle/create-hook.mjs'
import { createCycleGuard, runAsync } from './import-graph.js'
import type { createLoadTracker } from './load-tracker.js'
import { warnNow, WarningCode } from '../report/log.js'

type ResolveContext = { parentURL?: string; conditions?: readonly string[] }
type ResolveResult = { url: string; format?: string | null; shortCircuit?: boolean }
type NextResolve = (specifier: string, context: object) => Promise<ResolveResult>

// warnNow, not warn: this thread's process.stderr is piped to the main thread
// asynchronously, and a warning emitted there can be lost when the process exits.
const cycles = createCycleGuard((message) => warnNow(WarningCode.EsmCycle, message))

export async function resolveThroughIitm(
  iitm: IitmLoaderHooks,
  tracker: ReturnType<typeof createLoadTracker>,
  specifier: string,
  context: ResolveContext,
  nextResolve: NextResolve,
): Promise<ResolveResult> {
  // Read first: the sync hooks' nextResolve merges each call's context into the caller's (start-loader.ts).
  const { parentURL, conditions } = context
  const result = (await iitm.resolve(specifier, context, nextResolve)) as ResolveResult
  // An import of a target from inside the target's own cycle (import-graph.ts).
  const target = result.format === 'commonjs' || !tracker.isIncluded(result.url) ? undefined : cycles.wrappedTarget(parentURL, result.url)
  if (target === undefined) return result
  const pending = cycles.pendingWalk(target, parentURL!, specifier, conditions)
  if (pending !== undefined) pending.done(await runAsync(pending.walk, (r) => nextResolve(r.specifier, r.context)))
  return cycles.inCycle(target, parentURL!, specifier) ? { url: target, format: result.format, shortCircuit: true } : result
}
