// Hands targets registered after bootstrap to the loader thread (the
// module.register path). A MessagePort cannot be used: on Node 20 and 22,
// module.register with a non-empty `transferList`, called from a --require
// preload, makes the process exit with code 1 before the application starts
// (reproduced on 20.20.2 and 22.23.3). A SharedArrayBuffer is cloned, not
// transferred, and lets the loader read new targets synchronously, before its
// next resolution, with no acknowledgement round trip.
import type { MatcherData } from './matcher.js'

const HEADER = 8 // Int32 sequence number (odd while writing), Int32 byte length

export function createChannelBuffer(bytes = 64 * 1024): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER + bytes)
}

/** Application thread: publishes the full target list. False if it does not fit. */
export function publishTargets(buffer: SharedArrayBuffer, data: MatcherData): boolean {
  const encoded = new TextEncoder().encode(JSON.stringify(data))
  if (encoded.byteLength > buffer.byteLength - HEADER) return false
  const header = new Int32Array(buffer, 0, 2)
  Atomics.add(header, 0, 1)
  new Uint8Array(buffer, HEADER).set(encoded)
  Atomics.store(header, 1, encoded.byteLength)
  Atomics.add(header, 0, 1)
  return true
}

/** Loader thread: returns the newest target list once each time it changes. */
export function createTargetReader(buffer: SharedArrayBuffer): () => MatcherData | undefined {
  const header = new Int32Array(buffer, 0, 2)
  let seen = Atomics.load(header, 0)
  return () => {
    const before = Atomics.load(header, 0)
    if (before === seen || (before & 1) === 1) return undefined
    const length = Atomics.load(header, 1)
    const text = new TextDecoder().decode(new Uint8Array(buffer, HEADER, length).slice())
    if (Atomics.load(header, 0) !== before) return undefined // torn read: retry on the next resolution
    seen = before
    return JSON.parse(text) as MatcherData
  }
}

// The loader thread also tells the application thread which target modules it
// loaded, so that a target found already loaded (imported before bootstrap, or
// before its hook was registered) gets the same late warning as in CommonJS.
// An append-only line log of URLs (core/line-log.ts) in a buffer from
// createChannelBuffer; the loader thread is the only writer.
export { appendLine as appendUrl, lineLogOverflowed as urlLogOverflowed, createLineReader as createUrlReader } from '../core/line-log.js'

// The same log carries one more kind of line: a target module autowrapt left
// to another import-in-the-middle copy (rebuilding-copy.ts). URLs never start
// with a space-separated word, so the two kinds cannot be confused.
const LEFT = 'left-to-other-loader '

export type LeftModule = { url: string; specifier: string; copy: string }

export function leftToOtherLoaderLine(url: string, specifier: string, copy: string): string {
  return LEFT + [url, specifier, copy].map(encodeURIComponent).join(' ')
}

export function parseLeftToOtherLoader(line: string): LeftModule | undefined {
  if (!line.startsWith(LEFT)) return undefined
  const [url = '', specifier = '', copy = ''] = line.slice(LEFT.length).split(' ').map(decodeURIComponent)
  return { url, specifier, copy }
}
