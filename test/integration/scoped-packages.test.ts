import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('scoped patch packages and scoped targets, end to end', () => {
    it('@acme/patches hooks @acme/target, a file inside it and the ESM package @acme/esm-target, from require and import', () => {
      const r = runNode(node, ['apps/scoped.cjs'], { bootstrap: '@acme/patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('hello cjs (scoped patch) X!!\nwave esm (scoped patch)\n')
      expect(r.hookLines).toEqual([
        '[hook:@acme] @acme/target/lib/util.js commonjs 1.4.0',
        '[hook:@acme] @acme/target commonjs 1.4.0',
        '[hook:@acme] @acme/esm-target module 0.3.0',
      ])
    })

    it('from an ESM application', () => {
      const r = runNode(node, ['apps/scoped.mjs'], { bootstrap: '@acme/patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('hello import (scoped patch) Y!! wave import (scoped patch)\n')
    })

    it('"@acme/patches:extra" names a group of a scoped package', () => {
      const r = runNode(node, ['apps/scoped.cjs'], { bootstrap: '@acme/patches:extra' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('hello cjs X\nwave esm\n')
      expect(r.hookLines).toEqual(['[hook:@acme] target-fn group extra'])
    })

    it('AUTOWRAPT_DISABLE takes scoped names: "@acme/patches:@acme/target" turns off that hook only', () => {
      const r = runNode(node, ['apps/scoped.cjs'], { bootstrap: '@acme/patches', env: { AUTOWRAPT_DISABLE: '@acme/patches:@acme/target' } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello cjs X!!\nwave esm (scoped patch)\n')
    })
  })
})
