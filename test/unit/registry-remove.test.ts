import { describe, expect, it, vi } from 'vitest'
import { entry, fresh, info, pkg } from '../helpers/registry.js'

describe('the function returned by register', () => {
  it('removes a hook that has not fired, and reports that it had not fired', () => {
    const registry = fresh()
    const hook = vi.fn()
    const remove = registry.register(pkg, entry(hook))
    expect(remove()).toBe(true)
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(hook).not.toHaveBeenCalled()
  })

  it('reports false for a hook that already fired, and stops it firing on new instances', () => {
    const registry = fresh()
    const hook = vi.fn()
    const remove = registry.register(pkg, entry(hook))
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(remove()).toBe(false)
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(hook).toHaveBeenCalledTimes(1)
  })
})
