// Outcomes of files transformed on the loader thread, handed to the
// application thread through shared memory: the application thread reads them
// synchronously (for the report and tracingStatus()) whenever it asks, with no
// round trip. Append-only JSON lines; the loader thread is the only writer.
// (A MessagePort would need a transferList, which module.register cannot take
// from a --require preload on Node 20; see src/esm/channel.ts.)
import type { TracingOutcome } from '../core/tracing-records.js'

const HEADER = 8 // Int32 bytes used, Int32 overflow flag
export type LoggedOutcome = { readonly id: number; readonly outcome: TracingOutcome }

export function createOutcomeLog(bytes = 256 * 1024): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER + bytes)
}

/** Loader thread: appends one outcome; false (and the overflow flag) when full. */
export function appendOutcome(buffer: SharedArrayBuffer, entry: LoggedOutcome): boolean {
  const header = new Int32Array(buffer, 0, 2)
  const encoded = new TextEncoder().encode(JSON.stringify(entry) + '\n')
  const used = Atomics.load(header, 0)
  if (used + encoded.byteLength > buffer.byteLength - HEADER) {
    Atomics.store(header, 1, 1)
    return false
  }
  new Uint8Array(buffer, HEADER + used, encoded.byteLength).set(encoded)
  Atomics.store(header, 0, used + encoded.byteLength)
  return true
}

/** Application thread: the outcomes appended since the last call, and whether some were lost. */
export function createOutcomeReader(buffer: SharedArrayBuffer): () => { entries: LoggedOutcome[]; overflowed: boolean } {
  const header = new Int32Array(buffer, 0, 2)
  let read = 0
  return () => {
    const used = Atomics.load(header, 0)
    const overflowed = Atomics.load(header, 1) === 1
    if (used === read) return { entries: [], overflowed }
    const text = new TextDecoder().decode(new Uint8Array(buffer, HEADER + read, used - read).slice())
    read = used
    return {
      entries: text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LoggedOutcome),
      overflowed,
    }
  }
}
