import { afterEach, describe, expect, it, vi } from 'vitest'
import { builtin, entry, fresh, info, pkg } from '../helpers/registry.js'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => vi.restoreAllMocks())

describe('a hook with a version range', () => {
  it('fires only when the loaded version satisfies the range', () => {
    const registry = fresh()
    const hook = vi.fn()
    registry.register(pkg, entry(hook, '>=8 <10'))
    registry.moduleLoaded(pkg, {}, {}, info('commonjs', { version: '7.9.0' }))
    registry.moduleLoaded(pkg, {}, {}, info('commonjs', { version: '10.0.0' }))
    expect(hook).not.toHaveBeenCalled()
    registry.moduleLoaded(pkg, {}, {}, info('commonjs', { version: '9.1.0' }))
    expect(hook).toHaveBeenCalledTimes(1)
    const statuses = registry.records()[0]!.outcomes.map((o) => o.status)
    expect(statuses).toEqual(['skipped-version', 'skipped-version', 'fired'])
  })

  it('is skipped when the version is unknown', () => {
    const registry = fresh()
    const hook = vi.fn()
    registry.register(pkg, entry(hook, '^1'))
    registry.moduleLoaded(pkg, {}, {}, info('module', { version: undefined }))
    expect(hook).not.toHaveBeenCalled()
  })

  it('ignores the range for builtins, which have no package version', () => {
    const registry = fresh()
    const hook = vi.fn()
    registry.register(builtin, entry(hook, '^1'))
    registry.moduleLoaded(builtin, {}, {}, { name: 'http', format: 'builtin' })
    expect(hook).toHaveBeenCalledTimes(1)
  })

  it('warns AUTOWRAPT_INVALID_RANGE for an invalid range and never fires', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const hook = vi.fn()
    registry.register(pkg, entry(hook, 'not a range!!'))
    registry.moduleLoaded(pkg, {}, {}, info())
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(hook).not.toHaveBeenCalled()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_INVALID_RANGE'])
  })
})
