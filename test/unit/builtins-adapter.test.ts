import { describe, expect, it } from 'vitest'
import { installBuiltinAdapter } from '../../src/builtins/adapter.js'
import { createRegistry } from '../../src/core/registry.js'
import { toTarget } from '../../src/core/targets.js'

describe('the builtin adapter', () => {
  it('fires hooks on the real module object at once, for targets registered before and after it, once per builtin', () => {
    const registry = createRegistry()
    const seen: unknown[] = []
    registry.register(toTarget('node:os'), { load: () => (os, info) => void seen.push(['os', os, info]) })
    installBuiltinAdapter(registry)
    registry.register(toTarget('path'), { load: () => (path, info) => void seen.push(['path', path, info]) })
    registry.register(toTarget('node:path'), { load: () => () => void seen.push(['path again']) })
    // Not a builtin: left to the CommonJS and ESM adapters.
    registry.register(toTarget('some-pkg'), { load: () => () => void seen.push(['some-pkg']) })
    expect(seen).toEqual([
      ['os', process.getBuiltinModule('os'), { name: 'os', format: 'builtin' }],
      ['path', process.getBuiltinModule('path'), { name: 'path', format: 'builtin' }],
      ['path again'],
    ])
  })
})
