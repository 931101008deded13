import shimmer from 'shimmer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, unwrap, wrap } from '../../src/wrap/wrap.js'
import { passThrough } from '../helpers/wrap.js'

afterEach(() => { vi.restoreAllMocks() })

describe('shimmer and autowrapt understand each other\'s wrappers', () => {
  it('shimmer.unwrap undoes an autowrapt wrap', () => {
    const original = () => 1
    const target = { fn: original }
    wrap(target, 'fn', passThrough)
    expect(target.fn).not.toBe(original)
    shimmer.unwrap(target, 'fn')
    expect(target.fn).toBe(original)
  })

  it('shimmer.unwrap undoes an autowrapt wrap of a non-enumerable method and keeps it non-enumerable', () => {
    class Service { run() { return 1 } }
    const original = Service.prototype.run
    wrap(Service.prototype, 'run', passThrough)
    shimmer.unwrap(Service.prototype, 'run')
    expect(Service.prototype.run).toBe(original)
    expect(Object.getOwnPropertyDescriptor(Service.prototype, 'run')?.enumerable).toBe(false)
  })

  it('isWrapped recognises a shimmer wrap, and not a plain function', () => {
    const target = { fn: () => 1, other: () => 2 }
    shimmer.wrap(target, 'fn', passThrough as any)
    expect(isWrapped(target.fn)).toBe(true)
    expect(isWrapped(target.other)).toBe(false)
    expect(isWrapped(Object.assign(() => 1, { __wrapped: true }))).toBe(false)
    expect(isWrapped(undefined)).toBe(false)
  })

  it('isWrapped recognises an autowrapt wrap', () => {
    const target = { fn: () => 1 }
    wrap(target, 'fn', passThrough)
    expect(isWrapped(target.fn)).toBe(true)
  })

  it('autowrapt unwrap undoes a shimmer wrap', () => {
    const original = () => 1
    const target = { fn: original }
    shimmer.wrap(target, 'fn', passThrough as any)
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn).toBe(original)
  })

  it('a shimmer wrap on top of an autowrapt wrap unwinds in order', () => {
    const calls: string[] = []
    const original = () => calls.push('original')
    const target = { fn: original }
    wrap(target, 'fn', (orig) => function (this: unknown) { calls.push('autowrapt'); return orig.apply(this) })
    shimmer.wrap(target, 'fn', ((orig: any) => function (this: unknown) { calls.push('shimmer'); return orig.apply(this) }) as any)
    target.fn()
    expect(calls).toEqual(['shimmer', 'autowrapt', 'original'])
    expect(unwrap(target, 'fn')).toBe(false) // theirs is on top
    shimmer.unwrap(target, 'fn')
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn).toBe(original)
  })
})
