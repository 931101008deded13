// Outcomes of files transformed on the loader thread, handed to the
// application thread as JSON lines in a shared-memory line log
// (core/line-log.ts): the application thread reads them synchronously (for
// the report and tracingStatus()) whenever it asks. The loader thread is the
// only writer.
import { appendLine, createLineLog, createLineReader, lineLogOverflowed } from '../core/line-log.js'
import type { TracingOutcome } from '../core/tracing-records.js'

export type LoggedOutcome = { readonly id: number; readonly outcome: TracingOutcome }

export const createOutcomeLog = createLineLog

/** Loader thread: appends one outcome; false (and the overflow flag) when full. */
export function appendOutcome(buffer: SharedArrayBuffer, entry: LoggedOutcome): boolean {
  return appendLine(buffer, JSON.stringify(entry))
}

/** Application thread: the outcomes appended since the last call, and whether some were lost. */
export function createOutcomeReader(buffer: SharedArrayBuffer): () => { entries: LoggedOutcome[]; overflowed: boolean } {
  const readLines = createLineReader(buffer)
  return () => ({ entries: readLines().map((line) => JSON.parse(line) as LoggedOutcome), overflowed: lineLogOverflowed(buffer) })
}
