import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

// A CommonJS target imported from ESM and required is one instance, keyed by
// its module.exports: the hook fires once, whichever comes first.
const firings = (lines: string[]) => lines.filter((l) => l.startsWith('[hook:acme] target-cjs '))

forEachNode((node) => {
  describe('a CommonJS target reached by import and require: one instance', () => {
    it('import, then require: fires once, not twice on the same exports', () => {
      const r = runNode(node, ['apps/cjs-import-then-require.mjs'], { bootstrap: 'acme-patches' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello a (patched) | hello b (patched)\n')
      expect(firings(r.hookLines)).toEqual(['[hook:acme] target-cjs commonjs 1.2.3'])
    })

    it('require, then import: fires once, and the default import is the patched module.exports', () => {
      const r = runNode(node, ['apps/cjs-require-then-import.cjs'], { bootstrap: 'acme-patches' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello a (patched) | hello b (patched) | true\n')
      expect(firings(r.hookLines)).toEqual(['[hook:acme] target-cjs commonjs 1.2.3'])
    })
  })
})
