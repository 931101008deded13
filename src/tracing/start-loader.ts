// Application-thread side of the module.register path (Nodes without usable
// module.registerHooks): registers the tracing loader with its entries and
// turns the outcomes it logs into records, warnings and debug lines.
import { pathToFileURL } from 'node:url'
import { BroadcastChannel, threadId } from 'node:worker_threads'
import { ownPackageFile } from '../core/package-root.js'
import type { TracingRecord } from '../core/tracing-records.js'
import { debug, debugEnabled, warnNow, WarningCode } from '../report/log.js'
import { warnPreloadsInLoaderThread } from './loader-thread-preloads.js'
import { createOutcomeLog, createOutcomeReader } from './outcome-log.js'
import { describeOutcome, recordOutcome } from './outcomes.js'
import type { TracingLoaderData } from './loader-thread.mjs'

export type TracingLoader = {
  /** Hands entries to a new loader instance; files loaded from now on are traced. */
  add(records: readonly TracingRecord[]): void
  /** Takes in the outcomes the loader thread has logged so far. */
  refresh(): void
}

// Warnings go through process.emitWarning, which prints on the next tick; at
// exit there is none, so outcomes read then are written out at once (warnNow).
function sayAtExit(record: TracingRecord, outcome: TracingRecord['outcomes'][number]): void {
  record.outcomes.push(outcome)
  const line = describeOutcome(record, outcome)
  if (line.code !== undefined) warnNow(line.code, line.message)
  else if (debugEnabled) debug('tracing', line.message)
}

export function startTracingLoader(strict: boolean): TracingLoader {
  const { register } = require('node:module') as { register: (url: string, options: { data: TracingLoaderData }) => void }
  const log = createOutcomeLog()
  const read = createOutcomeReader(log)
  const records: TracingRecord[] = []
  const channelName = `autowrapt:tracing:${process.pid}:${threadId}`
  const nudge = new BroadcastChannel(channelName)
  nudge.onmessage = () => refresh()
  nudge.unref()
  let instances = 0
  let overflowWarned = false

  function refresh(): void {
    const { entries, overflowed } = read()
    const exiting = (process as { _exiting?: boolean })._exiting === true
    for (const { id, outcome } of entries) (exiting ? sayAtExit : recordOutcome)(records[id]!, outcome)
    if (overflowed && !overflowWarned) {
      overflowWarned = true
      warnNow(WarningCode.InternalError, 'too many tracing outcomes from the loader thread; later ones are not reported')
    }
  }

  return {
    add(added) {
      const entries = added.map((record) => ({ id: records.push(record) - 1, spec: record.spec }))
      // Each call is a loader instance of its own (a distinct URL), holding its entries.
      const url = `${pathToFileURL(ownPackageFile('dist/tracing/loader-thread.mjs')).href}?instance=${++instances}`
      register(url, { data: { entries, log, channelName, strict } })
      warnPreloadsInLoaderThread()
      if (debugEnabled)
        debug(
          'tracing',
          `loader-thread hook registered (module.register) for ${entries.length} tracing entr${entries.length === 1 ? 'y' : 'ies'}; CommonJS files are transformed by the _compile step`,
        )
    },
    refresh,
  }
}
