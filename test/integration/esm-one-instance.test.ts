import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, runNode, type NodeBin } from '../helpers/node.js'

// An ES target reached by import and by require(esm) is one module instance:
// the hook fires once, both see its patch, and neither path is taken for a
// module loaded before its hook (no AUTOWRAPT_ALREADY_LOADED).
const bothPatched = { required: 'hi r (patched)', imported: 'hi i (patched)', sameFunction: true }
const firings = (lines: string[]) => lines.filter((l) => l.startsWith('[hook:acme] target-esm '))

// Where hooks run on the loader thread, require(esm) loads the module's own
// imports without them: the file target target-esm/lib/deep.js cannot fire
// there, and autowrapt says so (the only warning).
const requireFirstWarnings = (node: NodeBin) => (hasSyncHooks(node) ? [] : ['AUTOWRAPT_UNHOOKABLE'])

const BOTH_WAYS = [
  { app: 'apps/require-then-import.cjs', order: 'require(esm), then import()', requireFirst: true },
  { app: 'apps/import-then-require.mjs', order: 'import, then require(esm) through createRequire', requireFirst: false },
  { app: 'apps/create-require-esm.mjs', order: 'createRequire from ESM before any import', requireFirst: true },
]

forEachNode((node) => {
  describe('an ES target reached by import and require(esm): one instance', () => {
    for (const { app, order, requireFirst } of BOTH_WAYS) {
      it(`${order}: one firing, both patched, no false warning`, () => {
        const r = runNode(node, [app], { bootstrap: 'acme-patches' })
        expect(r.warnings).toEqual(requireFirst ? requireFirstWarnings(node) : [])
        expect(r.code).toBe(0)
        expect(JSON.parse(r.stdout)).toEqual(bothPatched)
        expect(firings(r.hookLines)).toEqual(['[hook:acme] target-esm module 2.0.0'])
      })
    }

    it('the report shows one fired instance, not late', () => {
      const r = runNode(node, ['apps/require-then-import.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      expect(r.stderr).toMatch(/^acme-patches\s+target-esm\s+fired\s+module 2\.0\.0/m)
      expect(r.stderr).not.toMatch(/loaded-before-bootstrap/)
    })

    it('where require(esm) bypasses the loader hooks, the warning and the report name the file targets that cannot fire', () => {
      const r = runNode(node, ['apps/require-then-import.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      if (hasSyncHooks(node)) {
        expect(r.hookLines).toContain('[hook:acme] target-esm/lib/deep.js module 2.0.0')
        expect(r.stderr).toMatch(/^acme-patches\s+target-esm\/lib\/deep\.js\s+fired\s/m)
      } else {
        expect(r.stderr).toMatch(/\[AUTOWRAPT_UNHOOKABLE\].*require\(\) of the ES module .*target-esm\/index\.js .*hooks on "target-esm\/lib\/deep\.js" do not fire/)
        expect(r.hookLines.filter((l) => l.includes('deep.js'))).toEqual([])
        expect(r.stderr).toMatch(/^acme-patches\s+target-esm\/lib\/deep\.js\s+unhookable\s+module: require\(\) of the ES module /m)
      }
    })
  })

  describe('a dual package reached both ways', () => {
    it('require, then import: each instance patched once, no warning', () => {
      const r = runNode(node, ['apps/dual-require-then-import.cjs'], { bootstrap: 'acme-patches' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('require: cjs (patched) import: esm (patched)\n')
      expect(r.hookLines.filter((l) => l.includes('target-dual'))).toEqual(['[hook:acme] target-dual commonjs 3.0.0', '[hook:acme] target-dual module 3.0.0'])
    })

    it('import, then require: each instance patched once, no warning', () => {
      const r = runNode(node, ['apps/dual.mjs'], { bootstrap: 'acme-patches' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('import: esm (patched) require: cjs (patched)\n')
      expect(r.hookLines.filter((l) => l.includes('target-dual')).sort()).toEqual(['[hook:acme] target-dual commonjs 3.0.0', '[hook:acme] target-dual module 3.0.0'])
    })
  })
})
