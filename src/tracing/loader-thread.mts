// Loader-thread side of the module.register path: transforms the ES modules
// named by tracing entries. CommonJS is left to the Module.prototype._compile
// step on the application thread (compile-hook.ts says why). Outcomes go back
// through shared memory, plus a BroadcastChannel nudge so that the
// application thread can warn promptly rather than at exit.
import { BroadcastChannel } from 'node:worker_threads'
import entryIndexModule from './entry-index.js'
import logModule from './outcome-log.js'
import sourceTextModule from './source-text.js'
import transformModule from './transform.js'
import type { TracingSpec } from '../core/tracing-spec.js'

export type TracingLoaderData = {
  readonly entries: ReadonlyArray<{ id: number; spec: TracingSpec }>
  readonly log: SharedArrayBuffer
  readonly channelName: string
  readonly strict: boolean
}

type Entry = TracingLoaderData['entries'][number]
type LoadResult = { format?: string; source?: string | ArrayBufferView | null; [key: string]: unknown }

const index = entryIndexModule.createEntryIndex<Entry>()
let data: TracingLoaderData | undefined
let nudge: BroadcastChannel | undefined

export async function initialize(init: TracingLoaderData): Promise<void> {
  data = init
  index.add(init.entries)
  nudge = new BroadcastChannel(init.channelName)
  nudge.unref()
}

function sink(entry: Entry, outcome: Parameters<Parameters<typeof transformModule.transformFile>[4]>[1]): void {
  logModule.appendOutcome(data!.log, { id: entry.id, outcome })
  nudge?.postMessage(0)
}

export async function load(
  url: string,
  context: unknown,
  nextLoad: (url: string, context: unknown) => Promise<LoadResult>,
): Promise<LoadResult> {
  const result = await nextLoad(url, context)
  if (result.format !== 'module' || result.source == null) return result
  const name = entryIndexModule.packageNameInUrl(url)
  if (name === undefined || !index.hasPackage(name)) return result
  const filename = sourceTextModule.tracedFileOf(url)
  const match = filename === undefined ? undefined : index.match(filename)
  if (match === undefined) return result
  const code = transformModule.transformFile(sourceTextModule.sourceText(result.source), filename!, 'module', match, sink, data!.strict)
  return code === undefined ? result : { ...result, source: code }
}
