// require-in-the-middle is made at the first require() that may reach a target;
// when it cannot be loaded then, that require() still loads the module, and
// the adapter says so once (adapters.ts turns it into AUTOWRAPT_ADAPTER_UNAVAILABLE).
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { installCjsAdapter } from '../../src/cjs/adapter.js'
import { createRegistry } from '../../src/core/registry.js'
import { toTarget } from '../../src/core/targets.js'
import { FIXTURES } from '../helpers/nodes.js'

vi.mock('../../src/cjs/load-ritm.js', () => ({
  loadRequireInTheMiddle: () => {
    throw new Error('require-in-the-middle is not installed')
  },
}))

describe('require-in-the-middle that cannot be made', () => {
  it('costs the hooks only: the require() loads the module, and onUnavailable is told once', () => {
    const registry = createRegistry()
    const fired = vi.fn()
    registry.register(toTarget('target-string'), { load: () => fired })
    const onUnavailable = vi.fn()
    installCjsAdapter(registry, onUnavailable)
    expect(onUnavailable).not.toHaveBeenCalled()
    const appRequire = createRequire(join(FIXTURES, 'apps', 'app.cjs'))
    expect(appRequire('target-string')).toBe('a string export')
    expect(appRequire('target-string')).toBe('a string export')
    expect(onUnavailable).toHaveBeenCalledTimes(1)
    expect(String(onUnavailable.mock.calls[0]![0])).toContain('require-in-the-middle is not installed')
    expect(fired).not.toHaveBeenCalled()
  })
})
