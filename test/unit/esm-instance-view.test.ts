import { describe, expect, it } from 'vitest'
import { bindViewToWrapper, createLiveView, esmInstance } from '../../src/core/esm-instance.js'

describe('the require(esm) view of an ES module', () => {
  it('reads the module live until an export is assigned, then keeps the assigned value', () => {
    const source = { counter: 1, greet: () => 'hi' }
    const view = createLiveView(source)
    source.counter = 2
    expect(view.counter).toBe(2)
    const patched = () => 'patched'
    view.greet = patched
    expect(view.greet).toBe(patched)
    expect(source.greet()).toBe('hi')
    expect(Object.prototype.toString.call(view)).toBe('[object Module]')
    expect(Object.keys(view)).toEqual(['counter', 'greet'])
  })

  it('once bound to the wrapper, hands it what the hook changed and then reads and writes the wrapper', () => {
    const real = { greet: () => 'hi', other: () => 'other' }
    const view = createLiveView(real)
    const patched = () => 'patched'
    view.greet = patched
    const wrapper: Record<string, unknown> = { ...real }
    bindViewToWrapper(view, real, wrapper)
    expect(wrapper.greet).toBe(patched)
    expect(wrapper.other).toBe(real.other)
    const later = () => 'later'
    wrapper.other = later
    expect(view.other).toBe(later)
    const fromRequire = () => 'from require'
    view.greet = fromRequire
    expect(wrapper.greet).toBe(fromRequire)
  })

  it('one instance per module URL', () => {
    expect(esmInstance('file:///a.mjs')).toBe(esmInstance('file:///a.mjs'))
    expect(esmInstance('file:///a.mjs').key).not.toBe(esmInstance('file:///b.mjs').key)
  })
})
