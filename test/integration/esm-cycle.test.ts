// An ESM target inside an import cycle: package cycle-pa imports cycle-pb,
// which imports cycle-pa back and calls a() at top level; and the same between
// two files of one package (a file target). Plain Node runs it (function
// declarations are initialised before evaluation); through the target's
// wrapper it threw "Cannot access 'a' before initialization" on every Node.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('ESM targets in import cycles', () => {
    it('the application runs as without autowrapt; importers outside the cycle get the hooked exports; AUTOWRAPT_ESM_CYCLE names the import inside it', () => {
      const plain = runNode(node, ['apps/esm-cycle.mjs'], { preload: null })
      expect(plain.stdout).toBe('{"ab":"aab","b":"ab","fileAb":"aab"}\n')

      const r = runNode(node, ['apps/esm-cycle.mjs'], { bootstrap: 'cycle-patches', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.stderr).not.toMatch(/ReferenceError/)
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('{"ab":"aab (patched)","b":"ab","fileAb":"aab (patched)"}\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_ESM_CYCLE', 'AUTOWRAPT_ESM_CYCLE'])
      expect(r.stderr).toMatch(/cycle-pb\/index\.js imports the hook target \S+cycle-pa\/index\.js inside an import cycle/)
      expect(r.stderr).toMatch(/cycle-files\/lib\/b\.js imports the hook target \S+cycle-files\/lib\/a\.js inside an import cycle/)
      expect(r.hookLines).toEqual(['[hook:cycle] cycle-pa module', '[hook:cycle] cycle-files/lib/a.js module'])
      expect(r.stderr).toMatch(/^cycle-patches\s+cycle-pa\s+fired/m)
      expect(r.stderr).toMatch(/^cycle-patches\s+cycle-files\/lib\/a\.js\s+fired/m)
    })
  })
})
