import { describe, expect, it } from 'vitest'
import { forEachEsmNode, runNode } from '../helpers/node.js'

forEachEsmNode((node) => {
  describe('ESM targets that were loaded before their hooks', () => {
    it('imported before bootstrap (an earlier --import): AUTOWRAPT_ALREADY_LOADED, as in CommonJS; the report says loaded-before-bootstrap', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], {
        preload: null,
        nodeOptions: ['--import', './probes/import-target-first.mjs', '--import', 'autowrapt/register'],
        bootstrap: 'acme-patches',
        env: { AUTOWRAPT_REPORT: '1' },
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_ALREADY_LOADED', 'AUTOWRAPT_ALREADY_LOADED'])
      expect(r.stderr).toMatch(/target-esm\/index\.js was loaded before hook "acme-patches" on "target-esm"/)
      const out = JSON.parse(r.stdout)
      // New imports get the patch; what the early importer captured (index.js's own
      // binding of lib/deep.js) stays unpatched, which is what the warning says.
      expect(out.named).toBe('hi n (patched)')
      expect(out.deepViaPackage).toBe('deep')
      expect(r.stderr).toMatch(/^acme-patches\s+target-esm\s+loaded-before-bootstrap/m)
    })

    it('imported before its hook was registered at run time: the warning, and the next import is patched', () => {
      const r = runNode(node, ['apps/esm-late-register.mjs'], { bootstrap: 'acme-patches:experimental' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_ALREADY_LOADED'])
      expect(JSON.parse(r.stdout)).toEqual({ early: 'hi e', later: 'hi l (late hook)' })
    })

    it('loaded normally: the hooks fire, with no warning, and the report says fired (not late)', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(JSON.parse(r.stdout).named).toBe('hi n (patched)')
      expect(r.hookLines.filter((l) => l.includes('target-esm'))).toEqual(['[hook:acme] target-esm/lib/deep.js module 2.0.0', '[hook:acme] target-esm module 2.0.0'])
      expect(r.stderr).toMatch(/^acme-patches\s+target-esm\s+fired\s+module 2\.0\.0/m)
    })
  })
})
