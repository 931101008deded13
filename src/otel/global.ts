// Where the process's one OpenTelemetry bridge is kept: a global symbol, so
// that every copy of autowrapt's files (the register entry, the public
// `autowrapt/opentelemetry` entry, a second installed copy) feeds one bridge
// and no channel becomes spans twice. This file loads nothing else, so
// bootstrap can tell a running bridge about new entries for free.
import type { TracingRecord } from '../core/tracing-records.js'
import type { Bridge } from './bridge.js'

const BRIDGE = Symbol.for('autowrapt.otel')
type Holder = Record<symbol, Bridge | undefined>

export function runningBridge(): Bridge | undefined {
  return (globalThis as unknown as Holder)[BRIDGE]
}

export function keepBridge(bridge: Bridge): void {
  Object.defineProperty(globalThis, BRIDGE, { value: bridge, enumerable: false, configurable: true })
}

/** Entries discovered after the bridge started (discoverPostImportHooks) become spans too. */
export function notifyOtelBridge(records: readonly TracingRecord[]): void {
  if (records.length > 0) runningBridge()?.add(records)
}
