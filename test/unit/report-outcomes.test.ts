import { describe, expect, expectTypeOf, it } from 'vitest'
import { buildReport } from '../../src/report/report.js'
import type { Report, ReportInstance, ReportOutcome } from '../../src/index.js'
import type { State } from '../../src/core/state.js'
import type { ModuleFormat } from '../../src/types.js'
import { captureWarnings, entry, fresh, info, pkg } from './registry-helpers.js'
import { toTarget } from '../../src/core/targets.js'

function reportOf(registry: ReturnType<typeof fresh>): Report {
  return buildReport({ registry, config: { bootstrap: ['x'], strict: false, disable: [], report: undefined } } as unknown as State)
}

const origin = { packageName: 'acme', packageDir: '/x', file: 'h.js', exportName: undefined, group: undefined }

describe('the report reads every outcome from the registry', () => {
  it('a disabled hook is a registry record with the outcome "disabled": never fired, and no adapter is asked for its target', () => {
    const registry = fresh()
    const newTargets: string[] = []
    registry.onNewTarget((t) => newTargets.push(t.name))
    let calls = 0
    registry.registerDisabled(pkg, { ...entry(() => { calls++ }), origin })
    registry.moduleLoaded(pkg, {}, {}, info())
    expect(calls).toBe(0)
    expect(newTargets).toEqual([])
    expect(reportOf(registry).entries).toEqual([{ package: 'acme', group: null, target: 'some-pkg', hook: 'h.js', outcome: 'disabled', instances: [] }])
  })

  it('an adapter that could not be installed gives its hooks an "unavailable" instance, also to hooks registered later', () => {
    captureWarnings()
    const registry = fresh()
    registry.register(pkg, entry(() => {}))
    registry.markUnavailable('module', (t) => t.kind !== 'builtin', 'ESM imports cannot be hooked: no loader')
    registry.register(toTarget('other-pkg'), entry(() => {}))
    registry.moduleLoaded(pkg, {}, {}, info())
    const entries = reportOf(registry).entries
    expect(entries.map((e) => [e.target, e.outcome])).toEqual([['some-pkg', 'fired'], ['other-pkg', 'unavailable']])
    expect(entries[1]!.instances).toEqual([{ status: 'unavailable', format: 'module', error: 'ESM imports cannot be hooked: no loader' }])
  })

  it('the report types are public, and an instance format is a ModuleFormat', () => {
    expectTypeOf<ReportInstance['format']>().toEqualTypeOf<ModuleFormat>()
    expectTypeOf<Report['entries'][number]['outcome']>().toEqualTypeOf<ReportOutcome>()
  })
})
