import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest'
import { isWrapped, wrap } from '../../src/wrap/wrap.js'
import type { Wrapped } from '../../src/wrap/types.js'
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

  // Type-checked by `npm run typecheck` (tsconfig.test.json): the expectTypeOf
  // lines and the expect-error directive fail to compile if the types drift.
  it('supports typed use: the factory sees the property\'s own function type', () => {
    const target = { add(a: number, b: number): number { return a + b } }
    const replacement = wrap(target, 'add', (original, name) => {
      expectTypeOf(original).parameters.toEqualTypeOf<[a: number, b: number]>()
      expectTypeOf(original).returns.toEqualTypeOf<number>()
      expectTypeOf(name).toEqualTypeOf<PropertyKey>()
      return function (this: unknown, ...args: [number, number]) {
        return original.apply(this, args) * 2
      }
    })
    expectTypeOf(replacement).toEqualTypeOf<((a: number, b: number) => number) & Wrapped<(a: number, b: number) => number> | undefined>()
    expect(replacement?.__original).toBeTypeOf('function')
    expect(target.add(1, 2)).toBe(6)
    const other = { add: (a: number, b: number) => a + b }
    // @ts-expect-error the replacement must keep the original's signature
    wrap(other, 'add', () => (text: string) => text)
  })
})
