import { afterEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, wrapCallable } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => vi.restoreAllMocks())

// A module shaped like pino or express: the exports is the function, with
// statics, and self-references that bundlers and TypeScript interop use.
function callableModule() {
  function logger(this: unknown, level: string) {
    return { level, self: this }
  }
  const statics = logger as typeof logger & Record<string, unknown>
  statics.destination = (fd: number) => ({ fd })
  statics.symbols = { kLevel: Symbol('level') }
  statics.default = logger
  statics.logger = logger
  return statics
}

describe('wrapCallable on a function exports', () => {
  it('returns a wrapper that sees every call and keeps name, length and statics', () => {
    const original = callableModule()
    const calls: unknown[][] = []
    const wrapped = wrapCallable(original, (fn, thisArg, args) => {
      calls.push(args)
      return Reflect.apply(fn, thisArg, args)
    })
    expect(wrapped).not.toBe(original)
    expect(wrapped('info')).toEqual({ level: 'info', self: undefined })
    expect(calls).toEqual([['info']])
    expect(wrapped.name).toBe('logger')
    expect(wrapped.length).toBe(1)
    expect(wrapped.destination).toBe(original.destination)
    expect(wrapped.symbols).toBe(original.symbols)
    expect(isWrapped(wrapped)).toBe(true)
  })

  it('re-points self-references (.default, .logger) at the wrapper, so no path bypasses it', () => {
    const original = callableModule()
    let count = 0
    const wrapped = wrapCallable(original, (fn, thisArg, args) => (count++, Reflect.apply(fn, thisArg, args)))
    expect(wrapped.default).toBe(wrapped)
    expect(wrapped.logger).toBe(wrapped)
    ;(wrapped.default as typeof wrapped)('a')
    ;(wrapped.logger as typeof wrapped)('b')
    expect(count).toBe(2)
    expect(original.default).toBe(original)
  })

  it('keeps `new` working: the original is constructed and instanceof holds', () => {
    class Router {
      constructor(readonly path: string) {}
      static create(path: string) { return new Router(path) }
    }
    const seen: Array<string | undefined> = []
    const Wrapped = wrapCallable(Router, (fn, thisArg, args, newTarget) => {
      seen.push(newTarget?.name)
      return Reflect.construct(fn, args)
    })
    const router = new Wrapped('/users')
    expect(router).toBeInstanceOf(Router)
    expect(router).toBeInstanceOf(Wrapped)
    expect(router.path).toBe('/users')
    expect(Wrapped.create('/x')).toBeInstanceOf(Router)
    expect(seen).toEqual(['Router'])
  })

  it('refuses to wrap its own wrapper again: warns AUTOWRAPT_DOUBLE_WRAP and returns it unchanged', () => {
    const warnings = captureWarnings()
    const once = wrapCallable(callableModule(), (fn, thisArg, args) => Reflect.apply(fn, thisArg, args))
    const twice = wrapCallable(once, (fn, thisArg, args) => Reflect.apply(fn, thisArg, args))
    expect(twice).toBe(once)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_DOUBLE_WRAP'])
  })
})

describe('wrapCallable on an exports object with a callable default (an ESM namespace)', () => {
  it('replaces every export that is the function, in place, and returns the same object', () => {
    const fn = callableModule()
    const ns: Record<string, unknown> = { default: fn, logger: fn, destination: fn.destination }
    let count = 0
    const result = wrapCallable(ns, (wrapped, thisArg, args) => (count++, Reflect.apply(wrapped, thisArg, args)))
    expect(result).toBe(ns)
    expect(ns.default).not.toBe(fn)
    expect(ns.logger).toBe(ns.default)
    expect(ns.destination).toBe(fn.destination)
    ;(ns.default as typeof fn)('x')
    ;(ns.logger as typeof fn)('y')
    expect(count).toBe(2)
  })

  it('warns AUTOWRAPT_WRAP_FAILED and changes nothing when there is no callable default', () => {
    const warnings = captureWarnings()
    const ns = { default: 42, other: () => 1 }
    expect(wrapCallable(ns, (fn, thisArg, args) => Reflect.apply(fn, thisArg, args))).toBe(ns)
    expect(ns.default).toBe(42)
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
    expect(warnings.messages()[0]).toBe('autowrapt: cannot wrap the callable exports: neither the exports nor their default export is a function; left unwrapped')
  })

  it('throws a TypeError for a primitive, which is a wrong call', () => {
    expect(() => wrapCallable(42 as unknown as object, (fn, t, a) => Reflect.apply(fn, t, a))).toThrow(TypeError)
  })
})
