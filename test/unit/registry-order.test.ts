import { describe, expect, it } from 'vitest'
import { entry, fresh, info, pkg } from '../helpers/registry.js'

describe('several hooks on one target', () => {
  it('fire in registration order', () => {
    const registry = fresh()
    const order: string[] = []
    for (const name of ['first', 'second', 'third']) registry.register(pkg, entry(() => void order.push(name)))
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(order).toEqual(['first', 'second', 'third'])
  })

  it('chain replacements: each hook receives what the previous one returned', () => {
    const registry = fresh()
    registry.register(pkg, entry(() => ({ step: 1 })))
    registry.register(pkg, entry((e: { step: number }) => ({ step: e.step + 1 })))
    expect(registry.moduleLoaded(pkg, {}, {}, info())).toEqual({ step: 2 })
  })
})
