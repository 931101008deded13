import shimmer from 'shimmer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { unwrap, wrap, wrapFunction } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => { vi.restoreAllMocks() })

function counting(calls: string[], label: string) {
  return (original: (...args: any[]) => any) => function (this: unknown, ...args: any[]) {
    calls.push(label)
    return original.apply(this, args)
  }
}

describe('autowrapt wrapping a property it already wrapped is refused with a warning', () => {
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

  it('refuses our own layer even when another tool has wrapped on top of it', () => {
    const warnings = captureWarnings()
    const calls: string[] = []
    const target = { fn: () => 'result' }
    wrap(target, 'fn', counting(calls, 'patch'))
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    expect(wrap(target, 'fn', counting(calls, 'patch'))).toBeUndefined()
    target.fn()
    expect(calls).toEqual(['shimmer', 'patch'])
    expect(warnings.codes()).toEqual(['AUTOWRAPT_DOUBLE_WRAP'])
  })

  it('never refuses because of another tool\'s wrapper', () => {
    const warnings = captureWarnings()
    const calls: string[] = []
    const target = { fn: () => 'result' }
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    expect(wrap(target, 'fn', counting(calls, 'autowrapt'))).toBeTypeOf('function')
    target.fn()
    expect(calls).toEqual(['autowrapt', 'shimmer'])
    expect(warnings.codes()).toEqual([])
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
