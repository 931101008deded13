// A target barrel in an `export *` cycle with one of its own modules, which
// imports the barrel back by package name and reads it at top level inside an
// object literal (autowrapt's top-level-use check does not see that read, so
// the import keeps the wrapper). import-in-the-middle stages that wrapper and
// adds an import of its cycle bindings to the module when it loads; on the
// in-thread path autowrapt must route that load through import-in-the-middle
// although the module is no target (without it: "Cannot access 'UserError'
// before initialization").
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('ESM target barrel in an export * cycle with its own module', () => {
    it('the application runs as without autowrapt, and the hook fires', () => {
      const plain = runNode(node, ['apps/esm-star-self-cycle.mjs'], { preload: null })
      const expected = '{"register":"unknown x","describe":"UserError,describe,kinds,register","error":"UserError","kinds":{"error":"UserError"}}\n'
      expect(plain.stdout).toBe(expected)

      const r = runNode(node, ['apps/esm-star-self-cycle.mjs'], { bootstrap: 'star-self-cycle-patches' })
      expect(r.stderr).not.toMatch(/ReferenceError/)
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(expected.replace('"unknown x"', '"unknown x (patched)"'))
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:star-self-cycle] star-self-cycle module'])
    })
  })
})
