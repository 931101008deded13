import { afterEach, describe, expect, it, vi } from 'vitest'
import { wrap } from '../../src/wrap/wrap.js'
import { passThrough } from '../helpers/wrap.js'

afterEach(() => { vi.restoreAllMocks() })

describe('a wrapped function keeps its metadata', () => {
  it('keeps name and length', () => {
    const target = { greet(first: string, second: string) { return `${first} ${second}` } }
    const replacement = wrap(target, 'greet', passThrough)
    expect(replacement).toBe(target.greet)
    expect(target.greet.name).toBe('greet')
    expect(target.greet.length).toBe(2)
    expect(target.greet('a', 'b')).toBe('a b')
  })

  it('keeps own enumerable properties such as fn.sync', () => {
    const tag = Symbol('tag')
    const fn = Object.assign(function readThing() { return 1 }, { sync: () => 2, [tag]: 'x' })
    const target = { readThing: fn }
    wrap(target, 'readThing', passThrough)
    expect(target.readThing).not.toBe(fn)
    expect((target.readThing as any).sync()).toBe(2)
    expect((target.readThing as any)[tag]).toBe('x')
  })

  it('keeps the prototype, so new and instanceof still work on a wrapped constructor', () => {
    function Point(this: any, x: number) { this.x = x }
    Point.prototype.double = function (this: any) { return this.x * 2 }
    const target = { Point: Point as any }
    const created = new target.Point(1)
    wrap(target, 'Point', (original: any) => function (this: any, ...args: any[]) {
      return original.apply(this, args)
    } as any)
    expect(target.Point).not.toBe(Point)
    expect(target.Point.prototype).toBe(Point.prototype)
    const point = new target.Point(21)
    expect(point.double()).toBe(42)
    expect(point).toBeInstanceOf(target.Point)
    expect(point).toBeInstanceOf(Point)
    // Instances made by the original before wrapping are instances of the wrapper too.
    expect(created).toBeInstanceOf(target.Point)
  })

  it('keeps static methods of a class, own and inherited', () => {
    class Base { static create() { return 'base' } }
    class Client extends Base { static connect() { return 'connected' } }
    const target = { Client }
    wrap(target, 'Client', (original: any) => function (...args: any[]) {
      return Reflect.construct(original, args, new.target ?? original)
    } as any)
    expect(target.Client).not.toBe(Client)
    expect(target.Client.connect()).toBe('connected')
    expect(target.Client.create()).toBe('base')
  })

  it('carries none of shimmer\'s markers, even over a function that has them', () => {
    const shimmerWrapped = Object.assign(() => 1, { __wrapped: true, __original: () => 0, __unwrap: () => {} })
    const target = { plain: () => 1, marked: shimmerWrapped }
    for (const name of ['plain', 'marked'] as const) {
      wrap(target, name, passThrough)
      const wrapped = target[name] as any
      expect(Object.getOwnPropertyNames(wrapped)).not.toContain('__wrapped')
      expect(wrapped.__original).toBeUndefined()
      expect(wrapped.__unwrap).toBeUndefined()
      expect(Object.keys(wrapped)).toEqual([])
    }
  })

  it('keeps a non-enumerable, writable, configurable method non-enumerable', () => {
    class Service { run() { return 'ran' } }
    const before = Object.getOwnPropertyDescriptor(Service.prototype, 'run')
    wrap(Service.prototype, 'run', passThrough)
    const after = Object.getOwnPropertyDescriptor(Service.prototype, 'run')
    expect(after?.value).not.toBe(before?.value)
    expect({ ...after, value: undefined }).toEqual({ ...before, value: undefined })
    expect(new Service().run()).toBe('ran')
  })

  it('keeps enumerable, non-writable flags of an exports-style property', () => {
    const target = {}
    Object.defineProperty(target, 'fn', { value: () => 'x', enumerable: true, writable: false, configurable: true })
    wrap(target as { fn: () => string }, 'fn', passThrough)
    const after = Object.getOwnPropertyDescriptor(target, 'fn')
    expect(after).toMatchObject({ enumerable: true, writable: false, configurable: true })
    expect((target as { fn: () => string }).fn()).toBe('x')
    expect(Object.keys(target)).toEqual(['fn'])
  })

  it('keeps a non-configurable but writable property non-configurable', () => {
    const target = {}
    Object.defineProperty(target, 'fn', { value: () => 'x', enumerable: false, writable: true, configurable: false })
    const replacement = wrap(target as { fn: () => string }, 'fn', passThrough)
    expect(replacement).toBeTypeOf('function')
    expect(Object.getOwnPropertyDescriptor(target, 'fn')).toMatchObject({
      value: replacement, enumerable: false, writable: true, configurable: false,
    })
  })
})
