// Starting the bridge, from any of its three switches: AUTOWRAPT_OTEL=1 (at
// bootstrap), the `autowrapt/opentelemetry/register` preload, or the
// instrumentation object given to the OpenTelemetry SDK. Each starts after
// bootstrap has discovered the entries (the register entry and the
// instrumentation run bootstrap first, which is idempotent), so preload order
// does not matter: the channels come from the process state, not from a
// subscriber's own early look at tracingStatus().
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as Api from '@opentelemetry/api'
import { getState } from '../core/state.js'
import { warn, WarningCode } from '../report/log.js'
import { createBridge, type Bridge } from './bridge.js'
import { keepBridge, runningBridge } from './global.js'

// An optional peer dependency: installed beside autowrapt, or else wherever
// the application (the current directory) resolves it. Any 1.x copy shares
// the one global tracer provider.
function loadApi(): typeof Api | undefined {
  for (const from of [__filename, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from)('@opentelemetry/api') as typeof Api
    } catch {
      // next place
    }
  }
  return undefined
}

let missingSaid = false

/** The process's bridge, made on first use with every entry discovered so far; undefined without @opentelemetry/api. */
export function processBridge(): Bridge | undefined {
  const running = runningBridge()
  if (running !== undefined) return running
  const api = loadApi()
  if (api === undefined) {
    if (!missingSaid)
      warn(
        WarningCode.OtelUnavailable,
        'the OpenTelemetry bridge needs @opentelemetry/api, which cannot be resolved from autowrapt or the current directory; install it (npm install @opentelemetry/api); no spans are recorded',
      )
    missingSaid = true
    return undefined
  }
  const state = getState()
  const bridge = createBridge(api, state.version)
  keepBridge(bridge)
  bridge.add(state.tracing)
  return bridge
}

/** Turns the tracing entries' channels into spans (with the global tracer provider). */
export function startOtelBridge(): void {
  processBridge()?.enable()
}
