import { afterEach, describe, expect, it, vi } from 'vitest'
import { HookLoadError } from '../../src/core/hook-loader.js'
import { captureWarnings, entry, fresh, info, pkg } from './registry-helpers.js'

afterEach(() => vi.restoreAllMocks())

describe('a hook that throws', () => {
  it('does not break loading: warns AUTOWRAPT_HOOK_FAILED with the cause, and the other hooks still run', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const after = vi.fn()
    registry.register(pkg, entry(() => { throw new Error('boom') }))
    registry.register(pkg, entry(after))
    const exports = { ok: true }
    expect(registry.moduleLoaded(pkg, exports, exports, info())).toBe(exports)
    expect(after).toHaveBeenCalledTimes(1)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]![0]).toBe('AUTOWRAPT_HOOK_FAILED')
    expect(warnings[0]![1]).toContain('Error: boom')
  })

  it('propagates to the importer in strict mode', () => {
    const registry = fresh(true)
    registry.register(pkg, entry(() => { throw new Error('strict boom') }))
    expect(() => registry.moduleLoaded(pkg, {}, {}, info())).toThrow('strict boom')
  })

  it('is skipped with the loader\'s warning when its hook cannot be loaded, and recorded as failed', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const after = vi.fn()
    registry.register(pkg, { load: () => { throw new HookLoadError('AUTOWRAPT_HOOK_EXPORT', 'no function here') } })
    registry.register(pkg, entry(after))
    registry.moduleLoaded(pkg, {}, {}, info())
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(after).toHaveBeenCalledTimes(2)
    expect(warnings).toEqual([['AUTOWRAPT_HOOK_EXPORT', 'autowrapt: no function here']])
    expect(registry.records()[0]!.outcomes).toEqual([{ status: 'failed', format: 'commonjs', error: 'no function here' }])
  })
})
