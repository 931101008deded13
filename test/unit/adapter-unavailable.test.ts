import { describe, expect, it, vi } from 'vitest'
import { installBuiltinAdapter } from '../../src/builtins/adapter.js'
import { nodeFeatures } from '../../src/core/node-features.js'
import { createRegistry } from '../../src/core/registry.js'
import { toTarget } from '../../src/core/targets.js'
import { createMatcher } from '../../src/esm/matcher.js'
import { startLoader } from '../../src/esm/start-loader.js'
import { captureWarnings } from '../helpers/warnings.js'

// What no supported Node does on its own, so the Node features are stubbed:
// the real processes for AUTOWRAPT_ESM_UNAVAILABLE are in
// test/integration/bootstrap-step-isolation.test.ts and esm-mechanism.test.ts.
describe('an adapter that cannot run', () => {
  it('the ESM loader on a Node with neither module.registerHooks nor module.register: refuses, saying why, and starts nothing', () => {
    vi.spyOn(nodeFeatures, 'syncHooks').mockReturnValue(false)
    vi.spyOn(nodeFeatures, 'moduleRegister').mockReturnValue(false)
    vi.spyOn(nodeFeatures, 'requireEsm').mockReturnValue(true)
    const onStart = vi.fn()
    expect(() => startLoader([toTarget('some-esm-pkg')], createMatcher({ specifiers: ['some-esm-pkg'], files: [] }), onStart, { threadAtOnce: false, onUnavailable: onStart })).toThrow(`Node.js ${process.version}: neither usable module.registerHooks nor module.register`)
    expect(onStart).not.toHaveBeenCalled()
  })

  it('a builtin that throws when loaded: AUTOWRAPT_ADAPTER_UNAVAILABLE, its hooks are reported unavailable, the other builtins are still patched', () => {
    const warnings = captureWarnings()
    const real = process.getBuiltinModule
    vi.spyOn(process, 'getBuiltinModule').mockImplementation(((name: string) => {
      if (name === 'os') throw new Error('os exploded')
      return real(name)
    }) as typeof process.getBuiltinModule)
    const registry = createRegistry()
    const fired: string[] = []
    registry.register(toTarget('node:os'), { load: () => () => void fired.push('os') })
    registry.register(toTarget('node:path'), { load: () => () => void fired.push('path') })
    installBuiltinAdapter(registry)
    expect(fired).toEqual(['path'])
    expect(warnings.codes()).toEqual(['AUTOWRAPT_ADAPTER_UNAVAILABLE'])
    expect(warnings.messages()[0]).toMatch(/loading builtin os threw Error: os exploded; its hooks are reported as unavailable, the other builtins are still patched/)
    expect(registry.records()[0]!.outcomes).toEqual([{ status: 'unavailable', format: 'builtin', error: 'loading builtin os threw Error: os exploded' }])
  })
})
