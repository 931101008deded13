import { afterEach, describe, expect, it, vi } from 'vitest'
import { wrapFunction } from '../../src/wrap/wrap.js'
import type { WrapFunctionOptions } from '../../src/wrap/wrap.js'

afterEach(() => { vi.restoreAllMocks() })

function counted(options: WrapFunctionOptions) {
  const state = { wrapperCalls: 0 }
  const target = {
    ping(this: unknown, value: number) { return { self: this, value } },
  }
  wrapFunction(target, 'ping', (wrapped, thisArg, args) => {
    state.wrapperCalls++
    return Reflect.apply(wrapped, thisArg, args)
  }, options)
  return { state, target }
}

describe('the enabled switch bypasses the wrapper logic on every call', () => {
  it('runs the wrapper when enabled is true or absent', () => {
    const on = counted({ enabled: true })
    const absent = counted({})
    on.target.ping(1)
    absent.target.ping(1)
    expect(on.state.wrapperCalls).toBe(1)
    expect(absent.state.wrapperCalls).toBe(1)
  })

  it('calls the original directly, with this and arguments, when enabled is false', () => {
    const { state, target } = counted({ enabled: false })
    expect(target.ping(4)).toEqual({ self: target, value: 4 })
    expect(state.wrapperCalls).toBe(0)
  })

  it('reads a boolean from the options object on every call, so it can be flipped later', () => {
    const options: WrapFunctionOptions = { enabled: true }
    const { state, target } = counted(options)
    target.ping(1)
    options.enabled = false
    target.ping(2)
    options.enabled = true
    target.ping(3)
    expect(state.wrapperCalls).toBe(2)
  })

  it('calls a function switch on every call', () => {
    let active = true
    const enabled = vi.fn(() => active)
    const { state, target } = counted({ enabled })
    target.ping(1)
    active = false
    expect(target.ping(2)).toEqual({ self: target, value: 2 })
    expect(state.wrapperCalls).toBe(1)
    expect(enabled).toHaveBeenCalledTimes(2)
  })

  it('also switches off references handed out before it was disabled', () => {
    let active = true
    const { state, target } = counted({ enabled: () => active })
    const saved = target.ping
    const bound = target.ping.bind(target)
    active = false
    saved.call(target, 1)
    bound(2)
    expect(state.wrapperCalls).toBe(0)
    active = true
    bound(3)
    expect(state.wrapperCalls).toBe(1)
  })

  it('constructs the original directly when disabled', () => {
    class Thing { constructor(readonly id: number) {} }
    let wrapperCalls = 0
    const target = { Thing }
    wrapFunction(target, 'Thing', (wrapped, thisArg, args) => {
      wrapperCalls++
      return Reflect.apply(wrapped, thisArg, args)
    }, { enabled: false })
    class Sub extends target.Thing {}
    expect(new target.Thing(1)).toBeInstanceOf(Thing)
    expect(new Sub(2)).toBeInstanceOf(Sub)
    expect(new Sub(2).id).toBe(2)
    expect(wrapperCalls).toBe(0)
  })
})
