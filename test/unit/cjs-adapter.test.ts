// The CommonJS adapter in process: a real require-in-the-middle hook over this
// worker's require(), fed by a registry, loading the fixture packages. The
// integration tests cover the same through real `node` processes; this file
// lets mutation testing (npm run test:mutation) see the adapter.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { installCjsAdapter } from '../../src/cjs/adapter.js'
import { createRegistry } from '../../src/core/registry.js'
import { toTarget } from '../../src/core/targets.js'
import type { ModuleInfo } from '../../src/types.js'
import { FIXTURES } from '../helpers/nodes.js'
import { captureWarnings } from '../helpers/warnings.js'

const PACKAGES = join(FIXTURES, 'node_modules')
const appRequire = createRequire(join(FIXTURES, 'apps', 'app.cjs'))

// Loaded before any adapter exists, as a module required before the preload would be.
const early = appRequire('target-fn') as () => string

type Patch = (exports: any) => unknown

/**
 * A fresh registry and adapter per test, each with its own targets (so every
 * test runs the adapter's setup: mutation testing then counts it as covered by
 * each of them). Adapters of earlier tests stay installed; their targets differ.
 */
function adapterFor(targets: Record<string, Patch>) {
  captureWarnings()
  const registry = createRegistry()
  const seen: ModuleInfo[] = []
  const observe = (target: string, patch: Patch) => registry.register(toTarget(target), { load: () => (exports: unknown, info: ModuleInfo) => { seen.push(info); return patch(exports) } })
  for (const [target, patch] of Object.entries(targets)) observe(target, patch)
  installCjsAdapter(registry)
  return { registry, seen, observe }
}
const none: Patch = () => undefined

describe('the CommonJS adapter', () => {
  it('fires a package target when it is required, with its info, before require returns, once', () => {
    const { seen } = adapterFor({ 'target-cjs': (exports) => { const o = exports.greet; exports.greet = (n: string) => o(n) + ' (patched)' } })
    const cjs = appRequire('target-cjs')
    expect(cjs.greet('x')).toBe('hello x (patched)')
    expect(seen).toEqual([{ name: 'target-cjs', version: '1.2.3', baseDir: join(PACKAGES, 'target-cjs'), filename: join(PACKAGES, 'target-cjs/index.js'), format: 'commonjs' }])
    appRequire('target-cjs')
    expect(seen).toHaveLength(1)
  })

  it('fires a target loaded before it was installed, late, and its replacement stands in require.cache', () => {
    const { registry, seen } = adapterFor({ 'target-fn': (fn) => () => 'replaced:' + fn() })
    expect(early()).toBe('original')
    expect(seen).toEqual([{ name: 'target-fn', version: '1.0.0', baseDir: join(PACKAGES, 'target-fn'), filename: join(PACKAGES, 'target-fn/index.js'), format: 'commonjs' }])
    expect((appRequire('target-fn') as () => string)()).toBe('replaced:original')
    expect(seen).toHaveLength(1)
    expect(registry.records()[0]!.outcomes[0]).toMatchObject({ status: 'fired', late: true })
  })

  it('fires a file target registered after it was installed, reached through a relative require inside its package', () => {
    const { seen, observe } = adapterFor({})
    observe('target-pre/index.js', none)
    appRequire('target-pre')
    expect(seen).toEqual([expect.objectContaining({ name: 'target-pre/index.js', version: '3.1.0-rc.1', baseDir: join(PACKAGES, 'target-pre'), filename: join(PACKAGES, 'target-pre/index.js') })])
  })

  it('fires a file target that is not an index, and its package, in load order', () => {
    const { seen } = adapterFor({
      '@acme/target/lib/util.js': (util) => { const o = util.shout; util.shout = (s: string) => o(s) + '!' },
      '@acme/target': none,
    })
    const target = appRequire('@acme/target')
    expect(target.loud('a')).toBe('A!')
    expect(seen.map((i) => [i.name, i.filename, i.baseDir])).toEqual([
      ['@acme/target/lib/util.js', join(PACKAGES, '@acme/target/lib/util.js'), join(PACKAGES, '@acme/target')],
      ['@acme/target', join(PACKAGES, '@acme/target/index.js'), join(PACKAGES, '@acme/target')],
    ])
  })

  it('require(esm) of a target: the hook patches a mutable copy of the namespace, which require() returns', () => {
    const { seen } = adapterFor({ 'target-esm': (ns) => { const o = ns.greet; ns.greet = (n: string) => o(n) + ' (patched)' } })
    const esm = appRequire('target-esm')
    expect(esm.greet('r')).toBe('hi r (patched)')
    expect(Object.prototype.toString.call(esm)).toBe('[object Module]')
    expect(seen).toEqual([expect.objectContaining({ format: 'module', version: '2.0.0', filename: join(PACKAGES, 'target-esm/index.js') })])
    expect(appRequire('target-esm')).toBe(esm)
    expect(seen).toHaveLength(1)
  })

  it('a module that exports a primitive is one instance, keyed by its file', () => {
    const { seen } = adapterFor({ 'target-string': none })
    expect(appRequire('target-string')).toBe('a string export')
    delete require.cache[join(PACKAGES, 'target-string/index.js')]
    expect(appRequire('target-string')).toBe('a string export')
    expect(seen).toEqual([expect.objectContaining({ name: 'target-string', version: '1.0.0' })])
  })

  it('leaves modules that are not targets, and builtins, alone', () => {
    const { seen } = adapterFor({ 'node:os': none, 'target-never-installed': none })
    appRequire('target-dual')
    appRequire('os')
    expect(seen).toEqual([])
  })
})
