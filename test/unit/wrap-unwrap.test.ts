import { vi } from 'vitest'
// Debug lines are decided when log.ts loads, so switch them on before any import.
vi.hoisted(() => { process.env.AUTOWRAPT_DEBUG = '1' })

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { unwrap, wrap } from '../../src/wrap/wrap.js'
import { captureDebug, captureWarnings } from '../helpers/warnings.js'
import { passThrough } from '../helpers/wrap.js'

// Every test here runs with debug on; keep its lines off the test output.
let readDebug: () => string[]
beforeEach(() => { readDebug = captureDebug() })
afterEach(() => { vi.restoreAllMocks() })

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

  it('is what the wrapper\'s own __unwrap does', () => {
    const original = () => 'x'
    const target = { fn: original }
    const wrapped = wrap(target, 'fn', passThrough)
    wrapped!.__unwrap()
    expect(target.fn).toBe(original)
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

describe('unwrap leaves a wrapper installed on top of ours alone', () => {
  it('keeps the outer wrapper and says so in debug', () => {
    const target = { fn: () => 'x' }
    const ours = wrap(target, 'fn', passThrough)!
    // Someone else (not shimmer-marked) replaces the property with their own wrapper.
    const theirs = function (this: unknown, ...args: any[]) { return ours.apply(this, args as []) }
    target.fn = theirs
    expect(unwrap(target, 'fn')).toBe(false)
    expect(target.fn).toBe(theirs)
    // ours.__unwrap is just as careful.
    ours.__unwrap()
    expect(target.fn).toBe(theirs)
    expect(readDebug().join('')).toContain("'fn' no longer holds autowrapt's wrapper")
  })

  it('keeps a shimmer-marked wrapper that sits on top of ours', () => {
    const target = { fn: () => 'x' }
    const ours = wrap(target, 'fn', passThrough)!
    const theirs = Object.assign(function (this: unknown, ...args: any[]) { return ours.apply(this, args as []) }, {
      __wrapped: true, __original: ours, __unwrap() { target.fn = ours },
    })
    target.fn = theirs
    expect(unwrap(target, 'fn')).toBe(false)
    expect(target.fn).toBe(theirs)
    expect(readDebug().join('')).toContain("someone wrapped on top of autowrapt's wrapper")
  })

  it('does not restore onto a property that merely received a copy of our wrapper', () => {
    const first = { fn: () => 'x' }
    const ours = wrap(first, 'fn', passThrough)!
    const second = { fn: ours }
    expect(unwrap(second, 'fn')).toBe(false)
    expect(second.fn).toBe(ours)
    expect(first.fn).toBe(ours)
  })
})
