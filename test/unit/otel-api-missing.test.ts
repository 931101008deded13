// The bridge switched on where @opentelemetry/api cannot be resolved (it is an
// optional peer dependency): one coded warning, no spans, nothing thrown.
import type * as NodeModule from 'node:module'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => {
  vi.restoreAllMocks()
  vi.doUnmock('node:module')
  vi.resetModules()
})

describe('OpenTelemetry bridge without @opentelemetry/api', () => {
  it('warns AUTOWRAPT_OTEL_UNAVAILABLE once and starts nothing', async () => {
    vi.resetModules()
    vi.doMock('node:module', async (original) => ({
      ...(await original<typeof NodeModule>()),
      createRequire: () => () => {
        throw Object.assign(new Error("Cannot find module '@opentelemetry/api'"), { code: 'MODULE_NOT_FOUND' })
      },
    }))
    const warnings = captureWarnings()
    const { startOtelBridge, processBridge } = await import('../../src/otel/start.js')
    expect(() => startOtelBridge()).not.toThrow()
    expect(processBridge()).toBeUndefined()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_OTEL_UNAVAILABLE'])
    expect(warnings.messages()[0]).toContain('install it (npm install @opentelemetry/api)')
  })
})
