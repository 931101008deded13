import { afterEach, describe, expect, it, vi } from 'vitest'
import { wrapFunction } from '../../src/wrap/wrap.js'
import type { AnyConstructor } from '../../src/wrap/wrap.js'

afterEach(() => { vi.restoreAllMocks() })

describe('wrapFunction calls the wrapper instead of the original', () => {
  it('wraps a plain function: sees the arguments, may change the result', () => {
    const target = { add: (a: number, b: number) => a + b }
    const seen: unknown[] = []
    wrapFunction(target, 'add', (wrapped, thisArg, args, newTarget) => {
      seen.push(thisArg, args, newTarget)
      return Reflect.apply(wrapped, thisArg, args) * 10
    })
    expect(target.add(1, 2)).toBe(30)
    expect(seen).toEqual([target, [1, 2], undefined])
    expect(target.add.name).toBe('add')
    expect(target.add.length).toBe(2)
  })

  it('passes the instance as thisArg for methods on a class prototype', () => {
    class Counter {
      count = 0
      increment(by: number) { this.count += by; return this.count }
    }
    const receivers: unknown[] = []
    wrapFunction(Counter.prototype, 'increment', (wrapped, thisArg, args) => {
      receivers.push(thisArg)
      return wrapped.apply(thisArg, args)
    })
    const counter = new Counter()
    expect(counter.increment(2)).toBe(2)
    expect(receivers).toEqual([counter])
    expect(counter.count).toBe(2)
  })

  it('passes exceptions from the original through', () => {
    const target = { fail() { throw new RangeError('boom') } }
    wrapFunction(target, 'fail', (wrapped, thisArg, args) => Reflect.apply(wrapped, thisArg, args))
    expect(() => target.fail()).toThrow(RangeError)
  })

  it('returns the promise of an async function', async () => {
    const target = { async load(id: number) { return { id } } }
    let returned: unknown
    wrapFunction(target, 'load', (wrapped, thisArg, args) => {
      returned = Reflect.apply(wrapped, thisArg, args)
      return returned as Promise<{ id: number }>
    })
    const result = target.load(7)
    expect(result).toBeInstanceOf(Promise)
    expect(result).toBe(returned)
    await expect(result).resolves.toEqual({ id: 7 })
    // Duck-typed async checks (fn.constructor.name) still see an async function.
    expect(target.load.constructor.name).toBe('AsyncFunction')
  })

  it('returns the iterator of a generator function', () => {
    const target = { *count(limit: number) { for (let i = 0; i < limit; i++) yield i } }
    let calls = 0
    wrapFunction(target, 'count', (wrapped, thisArg, args) => {
      calls++
      return Reflect.apply(wrapped, thisArg, args)
    })
    expect([...target.count(3)]).toEqual([0, 1, 2])
    expect(calls).toBe(1)
  })

  it('keeps arrow functions and methods non-constructible', () => {
    const target = { arrow: () => 1, method() { return 2 } }
    wrapFunction(target, 'arrow', (wrapped, thisArg, args) => Reflect.apply(wrapped, thisArg, args))
    wrapFunction(target, 'method', (wrapped, thisArg, args) => Reflect.apply(wrapped, thisArg, args))
    expect(() => new (target.arrow as any)()).toThrow(TypeError)
    expect(() => new (target.method as any)()).toThrow(TypeError)
    expect(Object.prototype.hasOwnProperty.call(target.method, 'prototype')).toBe(false)
  })
})

describe('wrapFunction on constructors passes new.target through', () => {
  class Connection {
    readonly made: string
    constructor(readonly url: string) { this.made = new.target.name }
    describe() { return `connection to ${this.url}` }
  }

  function wrapConnection(seen: unknown[]) {
    const target = { Connection }
    wrapFunction(target, 'Connection', (wrapped, thisArg, args, newTarget) => {
      seen.push(thisArg, newTarget)
      return Reflect.apply(wrapped, thisArg, args)
    })
    return target
  }

  it('constructs the original for new Wrapped(), with the original as newTarget', () => {
    const seen: unknown[] = []
    const target = wrapConnection(seen)
    const connection = new target.Connection('db://a')
    expect(seen).toEqual([undefined, Connection])
    expect(connection.describe()).toBe('connection to db://a')
    expect(connection.made).toBe('Connection')
    expect(connection).toBeInstanceOf(Connection)
    expect(connection).toBeInstanceOf(target.Connection)
  })

  it('lets subclasses of the wrapped class work, with the subclass as newTarget', () => {
    const seen: unknown[] = []
    const target = wrapConnection(seen)
    class PooledConnection extends target.Connection {
      pooled = true
      override describe() { return `pooled ${super.describe()}` }
    }
    const connection = new PooledConnection('db://b')
    expect(seen).toEqual([undefined, PooledConnection])
    expect(connection.made).toBe('PooledConnection')
    expect(connection.pooled).toBe(true)
    expect(connection.describe()).toBe('pooled connection to db://b')
    expect(connection).toBeInstanceOf(PooledConnection)
    expect(connection).toBeInstanceOf(Connection)
  })

  it('also constructs when the wrapper calls wrapped(...args) directly or with Reflect.construct', () => {
    const target = { Connection, Other: Connection }
    wrapFunction(target, 'Connection', (wrapped, _thisArg, args) => (wrapped as any)(...args))
    wrapFunction(target, 'Other', (wrapped, _thisArg, args, newTarget) =>
      Reflect.construct(wrapped, args, newTarget as AnyConstructor))
    expect(new target.Connection('x').url).toBe('x')
    expect(new target.Other('y').made).toBe('Connection')
  })

  it('still refuses a class call without new, like the original', () => {
    const target = wrapConnection([])
    expect(() => (target.Connection as any)('db://c')).toThrow(/without 'new'/)
  })

  it('throws a clear TypeError when the wrapper returns no object for new', () => {
    const target = { Connection }
    wrapFunction(target, 'Connection', () => undefined as any)
    expect(() => new target.Connection('x')).toThrow(/'Connection' was called with new and returned undefined/)
  })

  it('works for ES5-style constructor functions', () => {
    function Legacy(this: any, value: number) { this.value = value }
    Legacy.prototype.get = function (this: any) { return this.value }
    const target = { Legacy: Legacy as any }
    wrapFunction(target, 'Legacy', (wrapped, thisArg, args) => Reflect.apply(wrapped, thisArg, args))
    const made = new target.Legacy(5)
    expect(made.get()).toBe(5)
    expect(made).toBeInstanceOf(Legacy)
  })
})

describe('wrapFunction argument checks', () => {
  it('throws a TypeError for a wrapper that is not a function', () => {
    expect(() => wrapFunction({ fn: () => 1 }, 'fn', 'nope' as any)).toThrow(TypeError)
  })

  it('throws a TypeError for an enabled option of the wrong type', () => {
    const target = { fn: () => 1 }
    expect(() => wrapFunction(target, 'fn', (w, t, a) => Reflect.apply(w, t, a), { enabled: 'yes' as any }))
      .toThrow(/options.enabled/)
    expect(target.fn()).toBe(1)
  })
})
