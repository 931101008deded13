import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('CommonJS targets', () => {
    it('patches a package and a file deep inside it', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches' })
      expect(r.stdout.split('\n')[0]).toBe('hello world (patched) 43')
    })

    it('patches a builtin once; require("http"), require("node:http") and process.getBuiltinModule all see it', () => {
      const r = runNode(node, ['apps/builtins.cjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('require(http): true\nrequire(node:http): true\ngetBuiltinModule: true true\n')
      expect(r.hookLines.filter((l) => l.includes('http'))).toEqual(['[hook:acme] http builtin -'])
    })

    it('patches modules required through createRequire from ESM', () => {
      const r = runNode(node, ['apps/create-require.mjs'], { bootstrap: 'acme-patches' })
      expect(r.stdout).toBe('hello from esm via createRequire (patched)\n')
    })
  })
})
