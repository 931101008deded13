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
  
    it('a package hooking both http and node:http: each hook fires once, in declaration order, on the one module', () => {
      const r = runNode(node, ['apps/http-spellings.mjs'], { bootstrap: 'http-spellings-patches,acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('["first","second"] true true\n')
      expect(r.hookLines.filter((l) => l.includes('http'))).toEqual(['[hook:spellings] first (node:http)', '[hook:spellings] second (http)', '[hook:acme] http builtin -'])
    })

    it('a builtin hook that returns a value: AUTOWRAPT_BUILTIN_REPLACED, and the builtin stays the real module, patched in place', () => {
      const r = runNode(node, ['apps/builtin-replace.cjs'], { bootstrap: 'builtin-replace-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('function true true\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_BUILTIN_REPLACED'])
      expect(r.stderr).toMatch(/hook "builtin-replace-patches" on "os" \(hook\.js\) returned a value; builtins are patched in place, so the value is ignored/)
      expect(r.hookLines).toEqual(['[hook:builtin-replace] os'])
    })
  })
})
