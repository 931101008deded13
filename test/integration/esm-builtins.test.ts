import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('builtin targets seen from ESM', () => {
    it('default, named, namespace and dynamic imports of http and node:http all see the one patched function', () => {
      const r = runNode(node, ['apps/builtins.mjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toEqual({ patched: true, default: true, named: true, namespace: true, dynamic: true, dynamicDefault: true, getBuiltinModule: true })
      expect(r.hookLines.filter((l) => l.includes('http'))).toEqual(['[hook:acme] http builtin -'])
    })
  })
})
