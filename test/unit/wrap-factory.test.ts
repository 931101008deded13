import { afterEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, wrap } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => { vi.restoreAllMocks() })

describe('the wrapper factory', () => {
  it('receives the original and the property name', () => {
    const original = () => 1
    const target = { fn: original }
    const received: unknown[] = []
    wrap(target, 'fn', (orig, name) => { received.push(orig, name); return () => orig() })
    expect(received).toEqual([original, 'fn'])
  })

  it('a factory that is not a function is a wrong call: TypeError', () => {
    const target = { fn: () => 1 }
    expect(() => wrap(target, 'fn', undefined as any)).toThrow(/wrapper for 'fn' must be a function/)
  })

  it('a factory that throws is reported as a warning and changes nothing', () => {
    const warnings = captureWarnings()
    const original = () => 1
    const target = { fn: original }
    expect(wrap(target, 'fn', () => { throw new Error('bad patch') })).toBeUndefined()
    expect(target.fn).toBe(original)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
    expect(warnings.messages()[0]).toMatch(/'fn'.*Error: bad patch/)
  })

  it('a factory that returns a non-function is reported and changes nothing', () => {
    const warnings = captureWarnings()
    const original = () => 1
    const target = { fn: original }
    expect(wrap(target, 'fn', () => 'nope' as any)).toBeUndefined()
    expect(target.fn).toBe(original)
    expect(warnings.messages()[0]).toMatch(/'fn'.*returned a value of type string/)
  })

  it('a factory that returns the original declines quietly without marking it', () => {
    const warnings = captureWarnings()
    const original = () => 1
    const target = { fn: original }
    expect(wrap(target, 'fn', (orig) => orig)).toBeUndefined()
    expect(target.fn).toBe(original)
    expect(isWrapped(original)).toBe(false)
    expect(warnings.codes()).toEqual([])
  })

  it('supports typed use: the factory sees the property\'s own function type', () => {
    const target = { add(a: number, b: number): number { return a + b } }
    const replacement = wrap(target, 'add', (original) => function (this: unknown, ...args: [number, number]) {
      return original.apply(this, args) * 2
    })
    expect(replacement).toBe(target.add)
    expect(target.add(1, 2)).toBe(6)
  })

  it('a factory\'s function with its own apply property is still called, not its apply', () => {
    const target = { fn: (x: number) => x + 1 }
    wrap(target, 'fn', (original) => Object.assign(function (this: unknown, x: number) { return original.call(this, x) * 10 }, {
      apply: () => 'not this',
    }))
    expect(target.fn(1)).toBe(20)
    expect((target.fn as any).apply).toBeTypeOf('function')
  })
})
