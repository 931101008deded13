import shimmer from 'shimmer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { unwrap, wrap, wrapFunction } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'
import { counting } from '../helpers/wrap.js'

afterEach(() => { vi.restoreAllMocks() })

describe('wrapping an already-wrapped function is refused with a warning', () => {
  it('applying the same patch twice leaves one layer', () => {
    const warnings = captureWarnings()
    const calls: string[] = []
    const target = { fn: () => 'result' }
    const first = wrap(target, 'fn', counting(calls, 'patch'))
    const second = wrap(target, 'fn', counting(calls, 'patch'))
    expect(first).toBeTypeOf('function')
    expect(second).toBeUndefined()
    expect(target.fn).toBe(first)
    expect(target.fn()).toBe('result')
    expect(calls).toEqual(['patch'])
    expect(warnings.codes()).toEqual(['AUTOWRAPT_DOUBLE_WRAP'])
    expect(warnings.messages()[0]).toContain("'fn'")
  })

  it('keeps a shimmer wrapper in place instead of stacking on it or dropping it', () => {
    const warnings = captureWarnings()
    const calls: string[] = []
    const target = { fn: () => 'result' }
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    const shimmerWrapper = target.fn
    expect(wrap(target, 'fn', counting(calls, 'autowrapt'))).toBeUndefined()
    expect(target.fn).toBe(shimmerWrapper)
    target.fn()
    expect(calls).toEqual(['shimmer'])
    expect(warnings.codes()).toEqual(['AUTOWRAPT_DOUBLE_WRAP'])
  })

  it('applies to wrapFunction as well', () => {
    const warnings = captureWarnings()
    const target = { fn: () => 1 }
    expect(wrapFunction(target, 'fn', (wrapped, thisArg, args) => Reflect.apply(wrapped, thisArg, args))).toBeTypeOf('function')
    expect(wrapFunction(target, 'fn', () => 2)).toBeUndefined()
    expect(target.fn()).toBe(1)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_DOUBLE_WRAP'])
  })

  it('allows replacing a wrapper after unwrapping it first', () => {
    const warnings = captureWarnings()
    const calls: string[] = []
    const target = { fn: () => 'result' }
    wrap(target, 'fn', counting(calls, 'old'))
    expect(unwrap(target, 'fn')).toBe(true)
    expect(wrap(target, 'fn', counting(calls, 'new'))).toBeTypeOf('function')
    target.fn()
    expect(calls).toEqual(['new'])
    expect(warnings.codes()).toEqual([])
  })
})
