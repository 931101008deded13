import { describe, expect, it, vi } from 'vitest'
import { HookLoadError } from '../../src/core/hook-loader.js'
import { describeHook } from '../../src/core/registry.js'
import { toTarget } from '../../src/core/targets.js'
import { builtin, entry, fresh, info, origin, pkg } from '../helpers/registry.js'
import { captureWarnings } from '../helpers/warnings.js'

describe('what the registry records for the report', () => {
  it('a fired hook: format, version, time, filename, and late: false', () => {
    const registry = fresh()
    registry.register(pkg, entry(() => {}))
    registry.moduleLoaded(pkg, {}, {}, info('module', { version: '2.0.0', filename: '/x/node_modules/some-pkg/index.mjs' }))
    expect(registry.records()[0]!.outcomes).toEqual([{ status: 'fired', format: 'module', version: '2.0.0', ms: expect.any(Number), filename: '/x/node_modules/some-pkg/index.mjs', late: false }])
  })

  it('late: true for an instance reported late, and for a hook registered after its target loaded', () => {
    captureWarnings()
    const registry = fresh()
    registry.register(pkg, entry(() => {}))
    registry.moduleLoaded(pkg, {}, {}, info(), true)
    const exports = {}
    registry.register(toTarget('other-pkg'), entry(() => {}))
    registry.moduleLoaded(toTarget('other-pkg'), exports, exports, info())
    registry.register(toTarget('other-pkg'), entry(() => {}))
    const [early, onTime, afterLoad] = registry.records().map((r) => r.outcomes[0])
    expect(early).toMatchObject({ status: 'fired', late: true })
    expect(onTime).toMatchObject({ status: 'fired', late: false })
    expect(afterLoad).toMatchObject({ status: 'fired', late: true })
  })

  it('a hook registered by a hook of the same instance is not late', () => {
    const registry = fresh()
    registry.register(pkg, entry(() => void registry.register(pkg, entry(() => {}))))
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(registry.records().map((r) => r.outcomes[0])).toEqual([expect.objectContaining({ late: false }), expect.objectContaining({ late: false })])
  })

  it('a skipped version: the version and range; an unknown version is recorded as such', () => {
    const registry = fresh()
    registry.register(pkg, entry(() => {}, '^2'))
    registry.moduleLoaded(pkg, {}, {}, info('commonjs', { version: '1.0.0' }))
    registry.moduleLoaded(pkg, {}, {}, info('commonjs', { version: undefined }))
    expect(registry.records()[0]!.outcomes).toEqual([
      { status: 'skipped-version', format: 'commonjs', version: '1.0.0', range: '^2' },
      { status: 'skipped-version', format: 'commonjs', version: undefined, range: '^2' },
    ])
  })

  it('a throwing hook: the error, one line', () => {
    captureWarnings()
    const registry = fresh()
    registry.register(pkg, entry(() => { throw new TypeError('bad\nsecond line') }))
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(registry.records()[0]!.outcomes).toEqual([{ status: 'failed', format: 'commonjs', error: 'TypeError: bad' }])
  })

  it('names a hook by its package, group and file in messages', () => {
    expect(describeHook({ target: pkg })).toBe('hook on "some-pkg"')
    expect(describeHook({ target: pkg, origin: origin() })).toBe('hook "acme-patches" on "some-pkg" (hooks/a.js)')
    expect(describeHook({ target: pkg, origin: origin({ group: 'exp', exportName: 'patch' }) })).toBe('hook "acme-patches:exp" on "some-pkg" (hooks/a.js#patch)')
  })
})

describe('a builtin hook that returns a value', () => {
  it('warns AUTOWRAPT_BUILTIN_REPLACED and keeps the real module: builtins are patched in place', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    registry.register(builtin, entry(() => ({ replaced: true }), undefined, origin()))
    const http = { get: () => 1 }
    expect(registry.moduleLoaded(builtin, http, http, { name: 'http', format: 'builtin' })).toBe(http)
    expect(warnings.pairs()).toEqual([['AUTOWRAPT_BUILTIN_REPLACED', 'autowrapt: hook "acme-patches" on "http" (hooks/a.js) returned a value; builtins are patched in place, so the value is ignored']])
  })

  it('returning the module itself, or undefined, is no replacement and no warning', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    registry.register(builtin, entry((m) => m))
    registry.register(builtin, entry(() => undefined))
    const http = {}
    registry.moduleLoaded(builtin, http, http, { name: 'http', format: 'builtin' })
    expect(warnings.codes()).toEqual([])
  })
})

describe('strict mode', () => {
  it('rethrows the original error of a hook file that failed to load, and records the failure', () => {
    const registry = fresh(true)
    const original = new Error('hook file broke while loading')
    registry.register(pkg, { load: () => { throw new HookLoadError('AUTOWRAPT_HOOK_NOT_FOUND', 'autowrapt: failed to load', original) } })
    expect(() => registry.moduleLoaded(pkg, {}, {}, info())).toThrow(original)
    expect(registry.records()[0]!.outcomes).toEqual([{ status: 'failed', format: 'commonjs', error: 'autowrapt: failed to load' }])
  })

  it('rethrows the HookLoadError itself when there is no original (a missing export)', () => {
    const registry = fresh(true)
    const error = new HookLoadError('AUTOWRAPT_HOOK_EXPORT', 'no function here')
    registry.register(pkg, { load: () => { throw error } })
    expect(() => registry.moduleLoaded(pkg, {}, {}, info())).toThrow(error)
    expect(fresh(true).strict).toBe(true)
    expect(fresh().strict).toBe(false)
  })

  it('a loader that throws something else is AUTOWRAPT_HOOK_LOAD_FAILED when not strict', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    registry.register(pkg, { load: () => { throw new Error('odd') }, origin: origin() })
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(warnings.pairs()).toEqual([['AUTOWRAPT_HOOK_LOAD_FAILED', 'autowrapt: hook "acme-patches" on "some-pkg" (hooks/a.js) could not be loaded: Error: odd']])
    expect(registry.records()[0]!.outcomes).toEqual([{ status: 'failed', format: 'commonjs', error: 'Error: odd' }])
  })

  it('a broken hook is not tried again on the next instance', () => {
    captureWarnings()
    const registry = fresh()
    const load = vi.fn(() => { throw new HookLoadError('AUTOWRAPT_HOOK_EXPORT', 'x') })
    registry.register(pkg, { load })
    registry.moduleLoaded(pkg, {}, {}, info())
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(load).toHaveBeenCalledTimes(1)
  })
})

describe('removing a hook', () => {
  it('removes only that hook; removing twice is harmless', () => {
    const registry = fresh()
    const kept = vi.fn()
    const removed = vi.fn()
    registry.register(pkg, entry(kept))
    const remove = registry.register(pkg, entry(removed))
    registry.register(pkg, entry(kept))
    expect(remove()).toBe(true)
    expect(remove()).toBe(true)
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(kept).toHaveBeenCalledTimes(2)
    expect(removed).not.toHaveBeenCalled()
    expect(registry.records()).toHaveLength(2)
  })

  it('a removed hook registered late gets no warning', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const exports = {}
    registry.moduleLoaded(pkg, exports, exports, info())
    registry.register(pkg, entry(() => {}))()
    registry.moduleLoaded(pkg, {}, {}, info(), true)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_ALREADY_LOADED'])
  })
})

describe('timing', () => {
  it('records how long the hook ran, not a time since some epoch', () => {
    const registry = fresh()
    registry.register(pkg, entry(() => {}))
    registry.moduleLoaded(pkg, {}, {}, info())
    const fired = registry.records()[0]!.outcomes[0] as { ms: number }
    expect(fired.ms).toBeGreaterThanOrEqual(0)
    expect(fired.ms).toBeLessThan(performance.now())
  })
})

describe('targets and listeners', () => {
  it('targets() lists each target with a hook once; a removed last hook drops it', () => {
    const registry = fresh()
    const remove = registry.register(pkg, entry(() => {}))
    registry.register(builtin, entry(() => {}))
    registry.register(builtin, entry(() => {}))
    expect(registry.targets()).toEqual([pkg, builtin])
    remove()
    expect(registry.targets()).toEqual([builtin])
  })

  it('onNewTarget hears each new target once, after its first hook is registered', () => {
    const registry = fresh()
    const heard: string[] = []
    registry.onNewTarget((t) => heard.push(`${t.name}:${registry.records().length}`))
    registry.register(pkg, entry(() => {}))
    registry.register(pkg, entry(() => {}))
    registry.register(builtin, entry(() => {}))
    expect(heard).toEqual(['some-pkg:1', 'http:3'])
  })

  it('moduleLoaded with no hooks returns the exports unchanged and remembers the instance for later hooks', () => {
    captureWarnings()
    const registry = fresh()
    const exports = { a: 1 }
    expect(registry.moduleLoaded(pkg, exports, exports, info())).toBe(exports)
    const hook = vi.fn()
    registry.register(pkg, entry(hook))
    expect(hook).toHaveBeenCalledWith(exports, expect.objectContaining({ name: 'some-pkg' }))
  })

  it('a primitive replacement is passed on but never taken for an instance key', () => {
    const registry = fresh()
    registry.register(pkg, entry(() => 'a string'))
    expect(registry.moduleLoaded(pkg, {}, {}, info())).toBe('a string')
  })

  it('a function replacement stands for the instance it replaced', () => {
    const registry = fresh()
    const hook = vi.fn(() => () => 'replaced')
    registry.register(pkg, entry(hook))
    const original = () => 'original'
    const replacement = registry.moduleLoaded(pkg, original, original, info()) as object
    registry.moduleLoaded(pkg, replacement, replacement, info())
    expect(hook).toHaveBeenCalledTimes(1)
  })

  it('an invalid range is reported once, and the hook is never loaded', () => {
    const warnings = captureWarnings()
    const registry = fresh()
    const load = vi.fn(() => () => {})
    registry.register(pkg, { load, versions: '>>bad', origin: origin() })
    registry.moduleLoaded(pkg, {}, {}, info())
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(load).not.toHaveBeenCalled()
    expect(warnings.pairs()).toEqual([['AUTOWRAPT_INVALID_RANGE', 'autowrapt: hook "acme-patches" on "some-pkg" (hooks/a.js) has an invalid version range ">>bad"; the hook is ignored']])
  })
})
