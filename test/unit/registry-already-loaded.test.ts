import { afterEach, describe, expect, it, vi } from 'vitest'
import { builtin, entry, fresh, info, pkg } from '../helpers/registry.js'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => vi.restoreAllMocks())

describe('a hook registered after its target loaded', () => {
  it('fires immediately, at registration, with a warning that references may be captured', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const exports = {}
    registry.moduleLoaded(pkg, exports, exports, info('commonjs', { filename: '/x/node_modules/some-pkg/index.js' }))
    const hook = vi.fn()
    registry.register(pkg, entry(hook))
    expect(hook).toHaveBeenCalledTimes(1)
    expect(hook.mock.calls[0]![0]).toBe(exports)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_ALREADY_LOADED'])
    expect(warnings.messages()[0]).toContain('/x/node_modules/some-pkg/index.js')
  })

  it('fires immediately and silently for a builtin', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const http = { get: () => 1 }
    registry.moduleLoaded(builtin, http, http, { name: 'http', format: 'builtin' })
    const hook = vi.fn()
    registry.register(builtin, entry(hook))
    expect(hook).toHaveBeenCalledTimes(1)
    expect(warnings.codes()).toEqual([])
  })

  it('warns when an instance is reported late (loaded before bootstrap)', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const hook = vi.fn()
    registry.register(pkg, entry(hook))
    registry.moduleLoaded(pkg, {}, {}, info(), true)
    expect(hook).toHaveBeenCalledTimes(1)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_ALREADY_LOADED'])
  })
})
