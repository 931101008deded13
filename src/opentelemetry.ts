// The face of `autowrapt/opentelemetry` (docs/opentelemetry.md): the bridge
// from tracing entries to spans as an OpenTelemetry instrumentation, for
// `new NodeSDK({ instrumentations: [new AutowraptInstrumentation()] })` or
// `registerInstrumentations(...)`. It satisfies @opentelemetry/instrumentation's
// Instrumentation interface by shape, so that package is not needed at run
// time (test/integration/otel-bridge.test.ts checks the SDK accepts it).
import type { MeterProvider, TracerProvider } from '@opentelemetry/api'
// A public entry, so it may run bootstrap (src/otel/ itself never does).
import { bootstrap } from './bootstrap.js'
import { getState } from './core/state.js'
import { processBridge } from './otel/start.js'

export type AutowraptInstrumentationConfig = {
  /** As every OpenTelemetry instrumentation: false leaves it off until enable() (registerInstrumentations calls it). */
  enabled?: boolean
}

/**
 * The spans declared by the enabled patch packages' tracing entries
 * (AUTOWRAPT_BOOTSTRAP), as an OpenTelemetry instrumentation.
 *
 * ```ts
 * const sdk = new NodeSDK({ instrumentations: [new AutowraptInstrumentation()] })
 * sdk.start()
 * ```
 */
export class AutowraptInstrumentation {
  readonly instrumentationName = 'autowrapt'
  readonly instrumentationVersion: string
  private config: AutowraptInstrumentationConfig

  constructor(config: AutowraptInstrumentationConfig = {}) {
    this.config = { enabled: true, ...config }
    this.instrumentationVersion = getState().version
    if (this.config.enabled) this.enable()
  }

  /** Discovers AUTOWRAPT_BOOTSTRAP's entries if no preload has yet, and turns their channels into spans. */
  enable(): void {
    // Idempotent; with AUTOWRAPT_BOOTSTRAP unset it finds no entries.
    bootstrap()
    processBridge()?.enable()
  }

  disable(): void {
    processBridge()?.disable()
  }

  setTracerProvider(provider: TracerProvider): void {
    processBridge()?.setTracerProvider(provider)
  }

  setMeterProvider(_provider: MeterProvider): void {
    // No metrics.
  }

  setConfig(config: AutowraptInstrumentationConfig): void {
    this.config = { enabled: this.config.enabled, ...config }
  }

  getConfig(): AutowraptInstrumentationConfig {
    return this.config
  }
}
