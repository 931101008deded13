import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('ESM targets', () => {
    it('named, default and namespace imports, static and dynamic, see a patch; a file target inside an ESM package works', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], { bootstrap: 'acme-patches' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toEqual({
        named: 'hi n (patched)',
        namespace: 'hi ns (patched)',
        dynamic: 'hi d (patched)',
        default: 'main',
        deepViaPackage: 'deep (patched)',
        deepDirect: 'deep (patched)',
      })
      expect(r.hookLines.filter((l) => l.includes('target-esm'))).toEqual(['[hook:acme] target-esm/lib/deep.js module 2.0.0', '[hook:acme] target-esm module 2.0.0'])
    })

    it('a CommonJS package imported from ESM is hooked, on the real module.exports', () => {
      const r = runNode(node, ['apps/basic.mjs'], { bootstrap: 'acme-patches' })
      expect(r.stdout.split('\n')[0]).toBe('hello world (patched) hello esm (patched) 43')
      expect(r.hookLines).toContain('[hook:acme] target-cjs commonjs 1.2.3')
    })

    it('a dual package fires once per instance, with info.format telling which', () => {
      const r = runNode(node, ['apps/dual.mjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('import: esm (patched) require: cjs (patched)\n')
      expect(r.hookLines.filter((l) => l.includes('target-dual')).sort()).toEqual([
        '[hook:acme] target-dual commonjs 3.0.0',
        '[hook:acme] target-dual module 3.0.0',
      ])
    })

    it('require(esm) of a target fires the hook, and require() returns the patched module', () => {
      const r = runNode(node, ['apps/require-esm.cjs'], { bootstrap: 'acme-patches' })
      // On the loader-thread path, require(esm) loads lib/deep.js (a file target) unhooked, and says so.
      expect(r.warnings).toEqual(hasSyncHooks(node) ? [] : ['AUTOWRAPT_UNHOOKABLE'])
      expect(JSON.parse(r.stdout)).toEqual({ greet: 'hi r (patched)', tag: '[object Module]' })
      expect(r.hookLines).toContain('[hook:acme] target-esm module 2.0.0')
    })
  })
})
