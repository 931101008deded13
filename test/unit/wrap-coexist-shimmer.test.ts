// autowrapt beside the real shimmer on one function: both layers run, nested
// in the order they were applied, and each tool removes only its own layer.
// This replaces the earlier shimmer interop (shared markers), which let
// shimmer-based clean-up remove autowrapt's layer (autowrapt issue 12).
import shimmer from 'shimmer'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, unwrap, wrap, wrapFunction } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'

let shimmerLog: string[]
beforeEach(() => {
  // shimmer complains through console.error when it finds nothing of its own to undo.
  shimmerLog = []
  shimmer({ logger: (message: string) => { shimmerLog.push(message) } })
})
afterEach(() => { vi.restoreAllMocks() })

function counting(calls: string[], label: string) {
  return (original: (...args: any[]) => any) => function (this: unknown, ...args: any[]) {
    calls.push(label)
    return original.apply(this, args)
  }
}

function setup() {
  const calls: string[] = []
  const original = function original() { calls.push('original'); return 'result' }
  const target = { fn: original }
  const call = () => {
    calls.length = 0
    expect(target.fn()).toBe('result')
    return [...calls]
  }
  return { calls, original, target, call }
}

describe('autowrapt and shimmer wrap one function: both run, nested in order', () => {
  it('autowrapt first, shimmer second', () => {
    const warnings = captureWarnings()
    const { calls, target, call } = setup()
    wrap(target, 'fn', counting(calls, 'autowrapt'))
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    expect(call()).toEqual(['shimmer', 'autowrapt', 'original'])
    expect(warnings.codes()).toEqual([])
  })

  it('shimmer first, autowrapt second (wrap and wrapFunction)', () => {
    const warnings = captureWarnings()
    const { calls, target, call } = setup()
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    wrapFunction(target, 'fn', (wrapped, thisArg, args) => { calls.push('autowrapt'); return Reflect.apply(wrapped, thisArg, args) })
    expect(call()).toEqual(['autowrapt', 'shimmer', 'original'])
    expect(warnings.codes()).toEqual([])
  })
})

describe('each tool removes only its own layer, in either order', () => {
  it('autowrapt first: autowrapt.unwrap, then shimmer.unwrap', () => {
    const { calls, original, target, call } = setup()
    wrap(target, 'fn', counting(calls, 'autowrapt'))
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    expect(unwrap(target, 'fn')).toBe(true)
    expect(call()).toEqual(['shimmer', 'original'])
    shimmer.unwrap(target, 'fn')
    expect(call()).toEqual(['original'])
    expect(target.fn).not.toBe(original) // our pass-through stays where shimmer left it
  })

  it('autowrapt first: shimmer.unwrap, then autowrapt.unwrap', () => {
    const { calls, original, target, call } = setup()
    wrap(target, 'fn', counting(calls, 'autowrapt'))
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    shimmer.unwrap(target, 'fn')
    expect(call()).toEqual(['autowrapt', 'original'])
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn).toBe(original)
  })

  it('shimmer first: autowrapt.unwrap, then shimmer.unwrap', () => {
    const { calls, original, target, call } = setup()
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    wrap(target, 'fn', counting(calls, 'autowrapt'))
    expect(unwrap(target, 'fn')).toBe(true)
    expect(call()).toEqual(['shimmer', 'original'])
    shimmer.unwrap(target, 'fn')
    expect(target.fn).toBe(original)
  })

  it('shimmer first: shimmer.unwrap cannot reach under autowrapt and leaves autowrapt\'s layer alone', () => {
    const { calls, original, target, call } = setup()
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    wrap(target, 'fn', counting(calls, 'autowrapt'))
    shimmer.unwrap(target, 'fn')
    expect(shimmerLog.join('\n')).toContain('no original to unwrap to')
    expect(call()).toEqual(['autowrapt', 'shimmer', 'original'])
    expect(unwrap(target, 'fn')).toBe(true)
    shimmer.unwrap(target, 'fn')
    expect(target.fn).toBe(original)
  })

  it('shimmer.unwrap does not undo an autowrapt wrap', () => {
    const { calls, target, call } = setup()
    wrap(target, 'fn', counting(calls, 'autowrapt'))
    shimmer.unwrap(target, 'fn')
    expect(call()).toEqual(['autowrapt', 'original'])
  })

  it('autowrapt.unwrap does not undo a shimmer wrap', () => {
    const { calls, target, call } = setup()
    shimmer.wrap(target, 'fn', counting(calls, 'shimmer') as any)
    expect(unwrap(target, 'fn')).toBe(false)
    expect(call()).toEqual(['shimmer', 'original'])
  })
})

describe('isWrapped recognises autowrapt\'s wrappers only', () => {
  it('true for autowrapt\'s, false for shimmer\'s, plain functions and stray markers', () => {
    const target = { ours: () => 1, theirs: () => 2, plain: () => 3 }
    wrap(target, 'ours', counting([], 'autowrapt'))
    shimmer.wrap(target, 'theirs', counting([], 'shimmer') as any)
    expect(isWrapped(target.ours)).toBe(true)
    expect(isWrapped(target.theirs)).toBe(false)
    expect(isWrapped(target.plain)).toBe(false)
    expect(isWrapped(Object.assign(() => 1, { __wrapped: true }))).toBe(false)
    expect(isWrapped(undefined)).toBe(false)
  })

  it('true for autowrapt\'s layer wrapped around shimmer\'s, and stays true under it', () => {
    const target = { fn: () => 1 }
    shimmer.wrap(target, 'fn', counting([], 'shimmer') as any)
    const ours = wrap(target, 'fn', counting([], 'autowrapt'))
    expect(isWrapped(ours)).toBe(true)
    shimmer.wrap(target, 'fn', counting([], 'shimmer again') as any)
    expect(isWrapped(target.fn)).toBe(false)
    expect(isWrapped(ours)).toBe(true)
  })
})
