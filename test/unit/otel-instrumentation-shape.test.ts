// AutowraptInstrumentation satisfies @opentelemetry/instrumentation's
// Instrumentation interface by shape (checked by the type checker here), so
// the SDK accepts it without autowrapt depending on that package at run time.
import type { Instrumentation, InstrumentationConfig } from '@opentelemetry/instrumentation'
import { describe, expect, it } from 'vitest'
import { AutowraptInstrumentation } from '../../src/opentelemetry.js'

describe('AutowraptInstrumentation', () => {
  it('is an OpenTelemetry Instrumentation: name, version, and a config that says whether it is enabled', () => {
    const instrumentation: Instrumentation<InstrumentationConfig> = new AutowraptInstrumentation({ enabled: false })
    expect(instrumentation.instrumentationName).toBe('autowrapt')
    expect(instrumentation.instrumentationVersion).toMatch(/^\d+\.\d+\.\d+/)
    expect(instrumentation.getConfig()).toEqual({ enabled: false })
    instrumentation.setConfig({ enabled: false })
    expect(instrumentation.getConfig().enabled).toBe(false)
  })
})
