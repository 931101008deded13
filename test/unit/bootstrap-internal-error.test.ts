import { describe, expect, it, vi } from 'vitest'
import { FIXTURES } from '../helpers/nodes.js'
import { captureWarnings } from '../helpers/warnings.js'

// A bug inside autowrapt during bootstrap costs only the step it happened in:
// AUTOWRAPT_INTERNAL_ERROR names it, and the other names still bootstrap. No
// real input reaches such a bug, so the registry is made to fail here.
describe('a failure inside bootstrap', () => {
  it('warns AUTOWRAPT_INTERNAL_ERROR for the name it broke, and carries on with the next', async () => {
    const warnings = captureWarnings()
    vi.spyOn(process, 'cwd').mockReturnValue(FIXTURES)
    vi.stubEnv('AUTOWRAPT_BOOTSTRAP', 'acme-patches,version-patches')
    const { getState } = await import('../../src/core/state.js')
    const { bootstrap } = await import('../../src/bootstrap.js')
    const state = getState()
    const register = state.registry.register
    let calls = 0
    vi.spyOn(state.registry, 'register').mockImplementation((target, entry) => {
      calls++
      if (target.name === 'target-cjs' && entry.origin?.packageName === 'acme-patches') throw new Error('registry broke')
      return register(target, entry)
    })
    bootstrap()
    // (In process, the adapters' lazy requires of dist files cannot run, hence the filter.)
    expect(warnings.pairs().filter(([code]) => code === 'AUTOWRAPT_INTERNAL_ERROR')).toEqual([['AUTOWRAPT_INTERNAL_ERROR', 'autowrapt: bootstrap of "acme-patches" failed: Error: registry broke; the application continues without it']])
    // version-patches still registered its hook after acme-patches' failure.
    expect(state.registry.records().map((r) => `${r.origin?.packageName}:${r.target.name}`)).toContain('version-patches:target-cjs')
    expect(calls).toBeGreaterThan(1)
  })
})
