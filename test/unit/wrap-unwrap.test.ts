import { vi } from 'vitest'
// Debug lines are decided when log.ts loads, so switch them on before any import.
vi.hoisted(() => { process.env.AUTOWRAPT_DEBUG = '1' })

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { unwrap, wrap, wrapFunction } from '../../src/wrap/wrap.js'
import { captureDebug, captureWarnings } from '../helpers/warnings.js'

// Every test here runs with debug on; keep its lines off the test output.
let readDebug: () => string[]
beforeEach(() => { readDebug = captureDebug() })
afterEach(() => { vi.restoreAllMocks() })

const passThrough = (original: (...args: any[]) => any) => function (this: unknown, ...args: any[]) {
  return original.apply(this, args)
}

describe('unwrap restores the original while the property holds our wrapper', () => {
  it('restores the original value and its flags', () => {
    const original = () => 'x'
    const target = {}
    Object.defineProperty(target, 'fn', { value: original, enumerable: false, writable: true, configurable: true })
    wrap(target as { fn: () => string }, 'fn', passThrough)
    expect(unwrap(target as { fn: () => string }, 'fn')).toBe(true)
    expect(Object.getOwnPropertyDescriptor(target, 'fn')).toEqual({
      value: original, enumerable: false, writable: true, configurable: true,
    })
  })

  it('removes the shadowing property when the original was inherited', () => {
    class Service { run() { return 'ran' } }
    const instance = new Service()
    wrap(instance, 'run', passThrough)
    expect(Object.prototype.hasOwnProperty.call(instance, 'run')).toBe(true)
    expect(Service.prototype.run).not.toBe(instance.run)
    expect(unwrap(instance, 'run')).toBe(true)
    expect(Object.prototype.hasOwnProperty.call(instance, 'run')).toBe(false)
    expect(instance.run).toBe(Service.prototype.run)
  })

  it('returns false, without warning, when nothing is wrapped', () => {
    const warnings = captureWarnings()
    const target = { fn: () => 1, value: 3 }
    expect(unwrap(target, 'fn')).toBe(false)
    expect(unwrap(target, 'value')).toBe(false)
    expect(unwrap(target as any, 'missing')).toBe(false)
    expect(unwrap(undefined as any, 'fn')).toBe(false)
    expect(warnings.codes()).toEqual([])
  })

  it('is idempotent', () => {
    const original = () => 1
    const target = { fn: original }
    wrap(target, 'fn', passThrough)
    expect(unwrap(target, 'fn')).toBe(true)
    expect(unwrap(target, 'fn')).toBe(false)
    expect(target.fn).toBe(original)
  })
})

describe('unwrap under a wrapper installed on top of ours removes only our layer', () => {
  const counting = (calls: string[], label: string) => (original: (...args: any[]) => any) =>
    function (this: unknown, ...args: any[]) { calls.push(label); return original.apply(this, args) }

  it('keeps the outer wrapper, makes ours a pass-through and says so in debug', () => {
    const calls: string[] = []
    const target = { fn: () => 'x' }
    const ours = wrap(target, 'fn', counting(calls, 'ours'))!
    const theirs = function (this: unknown, ...args: any[]) { calls.push('theirs'); return ours.apply(this, args as []) }
    target.fn = theirs
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn).toBe(theirs)
    expect(target.fn()).toBe('x')
    expect(calls).toEqual(['theirs'])
    expect(readDebug().join('')).toContain("autowrapt's layer is now a pass-through and theirs stays")
  })

  it('never calls the outer wrapper\'s own __unwrap', () => {
    const target = { fn: () => 'x' }
    const ours = wrap(target, 'fn', passThrough)!
    let foreignUnwraps = 0
    const theirs = Object.assign(function (this: unknown, ...args: any[]) { return ours.apply(this, args as []) }, {
      __wrapped: true, __original: ours, __unwrap() { foreignUnwraps++; target.fn = ours },
    })
    target.fn = theirs
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn).toBe(theirs)
    expect(foreignUnwraps).toBe(0)
  })

  it('lets autowrapt wrap again afterwards, on top', () => {
    const calls: string[] = []
    const target = { fn: () => 'x' }
    const first = wrap(target, 'fn', counting(calls, 'first'))!
    const theirs = function (this: unknown, ...args: any[]) { calls.push('theirs'); return first.apply(this, args as []) }
    target.fn = theirs
    unwrap(target, 'fn')
    expect(wrap(target, 'fn', counting(calls, 'second'))).toBeTypeOf('function')
    target.fn()
    expect(calls).toEqual(['second', 'theirs'])
  })

  it('a bypassed layer calls an original that has its own apply property correctly', () => {
    const original = Object.assign(function (x: number) { return x * 2 }, { apply: () => 'not this' })
    const target = { fn: original }
    const ours = wrap(target, 'fn', passThrough)!
    const theirs = function (this: unknown, x: number) { return ours.call(this, x) + 1 }
    target.fn = theirs as any
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn(3)).toBe(7)
  })

  it('turns a wrap layer around a class into a pass-through for new', () => {
    const calls: string[] = []
    class Point { constructor(public x: number) {} }
    const target = { Point }
    const ours = wrap(target, 'Point', (Original) => class extends Original {
      constructor(x: number) { super(x); calls.push('ours') }
    })!
    const theirs = function (x: number) { calls.push('theirs'); return new ours(x) }
    ;(target as any).Point = theirs
    expect(unwrap(target, 'Point')).toBe(true)
    const made = (target.Point as any)(4)
    expect(made).toBeInstanceOf(Point)
    expect(made.x).toBe(4)
    expect(calls).toEqual(['theirs'])
  })

  it('turns a wrapFunction layer, constructor included, into a pass-through', () => {
    const calls: string[] = []
    class Point { constructor(public x: number) {} }
    const target = { Point }
    const ours = wrapFunction(target, 'Point', (wrapped, thisArg, args) => { calls.push('ours'); return Reflect.apply(wrapped, thisArg, args) })!
    const theirs = function (...args: [number]) { calls.push('theirs'); return new ours(...args) }
    ;(target as any).Point = theirs
    expect(unwrap(target, 'Point')).toBe(true)
    const made = (target.Point as any)(3)
    expect(made).toBeInstanceOf(Point)
    expect(made.x).toBe(3)
    expect(calls).toEqual(['theirs'])
  })
})

describe('unwrap leaves what autowrapt did not install alone', () => {
  it('does not restore onto a property that merely received a copy of our wrapper', () => {
    const first = { fn: () => 'x' }
    const ours = wrap(first, 'fn', passThrough)!
    const second = { fn: ours }
    expect(unwrap(second, 'fn')).toBe(false)
    expect(second.fn).toBe(ours)
    expect(first.fn).toBe(ours)
  })
})
