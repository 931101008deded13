import { afterEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, unwrap, wrap } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'
import { recording } from '../helpers/wrap.js'

afterEach(() => { vi.restoreAllMocks() })

function lazyTarget() {
  let current = (value: number) => value + 1
  const target = {}
  Object.defineProperty(target, 'fn', {
    get: () => current,
    set: (value) => { current = value },
    enumerable: true,
    configurable: true,
  })
  return target as { fn: (value: number) => number }
}

describe('accessor properties stay accessors and return wrapped values', () => {
  it('wraps the value the getter returns and never becomes a data property', () => {
    const target = lazyTarget()
    const calls: unknown[] = []
    const replacement = wrap(target, 'fn', recording(calls))
    const descriptor = Object.getOwnPropertyDescriptor(target, 'fn')!
    expect(typeof descriptor.get).toBe('function')
    expect(typeof descriptor.set).toBe('function')
    expect('value' in descriptor).toBe(false)
    expect(descriptor.enumerable).toBe(true)
    expect(target.fn).toBe(replacement)
    expect(target.fn(1)).toBe(2)
    expect(calls).toEqual([[1]])
    expect(isWrapped(target.fn)).toBe(true)
  })

  it('memoises the wrapper per underlying function', () => {
    const target = lazyTarget()
    let made = 0
    wrap(target, 'fn', (original) => { made++; return (value: number) => original(value) })
    expect(target.fn).toBe(target.fn)
    expect(made).toBe(1)
  })

  it('wraps a new value stored through the original setter', () => {
    const target = lazyTarget()
    const calls: unknown[] = []
    wrap(target, 'fn', recording(calls))
    const before = target.fn
    target.fn = (value: number) => value * 100
    expect(target.fn).not.toBe(before)
    expect(target.fn(2)).toBe(200)
    expect(calls).toEqual([[2]])
    // Assigning our own wrapper back does not wrap it a second time.
    const current = target.fn
    target.fn = current
    expect(target.fn(3)).toBe(300)
    expect(calls).toEqual([[2], [3]])
  })

  it('calls the original getter with the instance for accessors on a prototype', () => {
    class Handler {
      constructor(private readonly prefix: string) {}
      get handle() { return (value: string) => `${this.prefix}${value}` }
    }
    const calls: unknown[] = []
    wrap(Handler.prototype, 'handle', recording(calls))
    expect(new Handler('a:').handle('x')).toBe('a:x')
    expect(new Handler('b:').handle('y')).toBe('b:y')
    expect(calls).toEqual([['x'], ['y']])
  })

  it('unwrap restores the original accessor descriptor', () => {
    const target = lazyTarget()
    const before = Object.getOwnPropertyDescriptor(target, 'fn')
    wrap(target, 'fn', recording([]))
    expect(unwrap(target, 'fn')).toBe(true)
    expect(Object.getOwnPropertyDescriptor(target, 'fn')).toEqual(before)
  })

  it('unwrap after another tool replaced the accessor leaves theirs and turns values handed out into pass-throughs', () => {
    const target = lazyTarget()
    const calls: unknown[] = []
    const handedOut = wrap(target, 'fn', recording(calls))!
    // Another tool turns the property into its own data property around our value.
    const theirs = (value: number) => handedOut(value) * 10
    Object.defineProperty(target, 'fn', { value: theirs, writable: true, enumerable: true, configurable: true })
    expect(unwrap(target, 'fn')).toBe(true)
    expect(target.fn).toBe(theirs)
    expect(target.fn(1)).toBe(20)
    expect(handedOut(1)).toBe(2)
    expect(calls).toEqual([])
  })

  it('refuses a second wrap of the same accessor', () => {
    const warnings = captureWarnings()
    const target = lazyTarget()
    wrap(target, 'fn', recording([]))
    expect(wrap(target, 'fn', recording([]))).toBeUndefined()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_DOUBLE_WRAP'])
  })
})

describe('accessors that cannot be wrapped warn and stay as they are', () => {
  it('refuses a non-configurable accessor', () => {
    const warnings = captureWarnings()
    const getter = () => () => 1
    const target = {}
    Object.defineProperty(target, 'fn', { get: getter, configurable: false })
    expect(wrap(target as { fn: () => number }, 'fn', recording([]))).toBeUndefined()
    expect(Object.getOwnPropertyDescriptor(target, 'fn')?.get).toBe(getter)
    expect(warnings.messages()[0]).toMatch(/'fn'.*non-configurable accessor/)
  })

  it('refuses a getter that returns a non-function', () => {
    const warnings = captureWarnings()
    const getter = () => 42
    const target = {}
    Object.defineProperty(target, 'fn', { get: getter, configurable: true })
    expect(wrap(target as { fn: () => number }, 'fn', recording([]))).toBeUndefined()
    expect(Object.getOwnPropertyDescriptor(target, 'fn')?.get).toBe(getter)
    expect(warnings.messages()[0]).toMatch(/'fn'.*getter returns a value of type number/)
  })

  it('refuses a setter-only accessor', () => {
    const warnings = captureWarnings()
    const target = {}
    Object.defineProperty(target, 'fn', { set: () => {}, configurable: true })
    expect(wrap(target as { fn: () => number }, 'fn', recording([]))).toBeUndefined()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
  })
})
