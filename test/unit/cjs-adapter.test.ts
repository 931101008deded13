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
const registry = createRegistry()
const seen: Array<{ target: string; info: ModuleInfo }> = []
function observe(target: string, patch: (exports: any) => unknown = () => undefined): void {
  registry.register(toTarget(target), { load: () => (exports: unknown, info: ModuleInfo) => { seen.push({ target, info }); return patch(exports) } })
}
const seenFor = (target: string) => seen.filter((s) => s.target === target).map((s) => s.info)

// Loaded before the adapter exists, as a module required before the preload would be.
const early = appRequire('target-fn') as () => string

// Installed from inside the first test that runs (not at load or in beforeAll),
// so that mutation testing counts the adapter's setup as covered by a test.
let installed = false
function ensureInstalled(): void {
  captureWarnings()
  if (installed) return
  installed = true
  observe('target-cjs', (exports) => { const o = exports.greet; exports.greet = (n: string) => o(n) + ' (patched)' })
  observe('target-fn', (fn) => () => 'replaced:' + fn())
  installCjsAdapter(registry)
}

describe('the CommonJS adapter', () => {
  it('fires a package target when it is required, with its info, before require returns', () => {
    ensureInstalled()
    const cjs = appRequire('target-cjs')
    expect(cjs.greet('x')).toBe('hello x (patched)')
    expect(seenFor('target-cjs')).toEqual([{ name: 'target-cjs', version: '1.2.3', baseDir: join(PACKAGES, 'target-cjs'), filename: join(PACKAGES, 'target-cjs/index.js'), format: 'commonjs' }])
    appRequire('target-cjs')
    expect(seenFor('target-cjs')).toHaveLength(1)
  })

  it('fires a target loaded before it was installed, late, and its replacement stands in require.cache', () => {
    ensureInstalled()
    expect(early()).toBe('original')
    expect(seenFor('target-fn')).toHaveLength(1)
    expect((appRequire('target-fn') as () => string)()).toBe('replaced:original')
    expect(registry.records().find((r) => r.target.name === 'target-fn')!.outcomes[0]).toMatchObject({ status: 'fired', late: true })
  })

  it('fires a file target registered later, reached through a relative require inside its package', () => {
    ensureInstalled()
    observe('target-pre/index.js')
    appRequire('target-pre')
    expect(seenFor('target-pre/index.js')).toEqual([expect.objectContaining({ name: 'target-pre/index.js', version: '3.1.0-rc.1', filename: join(PACKAGES, 'target-pre/index.js') })])
  })

  it('fires a file target that is not an index, by the path require-in-the-middle reports', () => {
    ensureInstalled()
    observe('@acme/target/lib/util.js', (util) => { const o = util.shout; util.shout = (s: string) => o(s) + '!' })
    observe('@acme/target')
    const target = appRequire('@acme/target')
    expect(target.loud('a')).toBe('A!')
    expect(seenFor('@acme/target/lib/util.js').map((i) => i.filename)).toEqual([join(PACKAGES, '@acme/target/lib/util.js')])
    expect(seenFor('@acme/target').map((i) => i.baseDir)).toEqual([join(PACKAGES, '@acme/target')])
  })

  it('require(esm) of a target: the hook patches a mutable copy of the namespace, which require() returns', () => {
    ensureInstalled()
    observe('target-esm', (ns) => { const o = ns.greet; ns.greet = (n: string) => o(n) + ' (patched)' })
    const esm = appRequire('target-esm')
    expect(esm.greet('r')).toBe('hi r (patched)')
    expect(Object.prototype.toString.call(esm)).toBe('[object Module]')
    expect(seenFor('target-esm')).toEqual([expect.objectContaining({ format: 'module', version: '2.0.0', filename: join(PACKAGES, 'target-esm/index.js') })])
    expect(appRequire('target-esm')).toBe(esm)
    expect(seenFor('target-esm')).toHaveLength(1)
  })

  it('a module that exports a primitive is one instance, keyed by its file', () => {
    ensureInstalled()
    observe('target-string')
    expect(appRequire('target-string')).toBe('a string export')
    delete require.cache[join(PACKAGES, 'target-string/index.js')]
    expect(appRequire('target-string')).toBe('a string export')
    expect(seenFor('target-string')).toEqual([expect.objectContaining({ name: 'target-string', version: '1.0.0' })])
  })

  it('leaves modules that are not targets alone', () => {
    ensureInstalled()
    const before = seen.length
    appRequire('target-dual')
    expect(seen.length).toBe(before)
  })
})
