import { describe, expect, it } from 'vitest'
import { toTarget } from '../../src/core/targets.js'
import { entry, fresh, info, pkg } from '../helpers/registry.js'

describe('hooks run outside any lock', () => {
  it('a hook may register another hook on the same target, which fires at once and only once', () => {
    const registry = fresh()
    const order: string[] = []
    registry.register(pkg, entry(() => {
      order.push('outer')
      registry.register(pkg, entry(() => void order.push('inner')))
    }))
    registry.register(pkg, entry(() => void order.push('after')))
    const exports = {}
    registry.moduleLoaded(pkg, exports, exports, info())
    registry.moduleLoaded(pkg, exports, exports, info())
    expect(order).toEqual(['outer', 'inner', 'after'])
  })

  it('a hook may load another target, whose hooks fire, without recursion', () => {
    const registry = fresh()
    const other = toTarget('other-pkg')
    const order: string[] = []
    const otherExports = {}
    registry.register(other, entry(() => void order.push('other')))
    registry.register(pkg, entry(() => {
      order.push('pkg:start')
      registry.moduleLoaded(other, otherExports, otherExports, info())
      // Loading our own target again from inside its hook is a no-op.
      registry.moduleLoaded(pkg, selfExports, selfExports, info())
      order.push('pkg:end')
    }))
    const selfExports = {}
    registry.moduleLoaded(pkg, selfExports, selfExports, info())
    expect(order).toEqual(['pkg:start', 'other', 'pkg:end'])
  })
})

describe('registering from inside a hook of the same module', () => {
  it('does not warn that the module was already loaded', async () => {
    const { captureWarnings } = await import('../helpers/warnings.js')
    const warnings = captureWarnings()
    const registry = fresh()
    registry.register(pkg, entry(() => void registry.register(pkg, entry(() => {}))))
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(warnings.codes()).toEqual([])
  })
})
