import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('the public API from application code', () => {
    it('whenImported, discoverPostImportHooks and notifyModuleLoaded work without AUTOWRAPT_BOOTSTRAP; a bad target throws a TypeError', () => {
      const r = runNode(node, ['apps/api.cjs'], { preload: null })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout.split('\n')).toEqual([
        'decorator returns the hook: true',
        'target-fn: decorated:original',
        'discovered: acme-patches 6 0',
        'target-cjs: hello api (patched)',
        'notify: true true',
        expect.stringMatching(/^bad target: TypeError autowrapt: invalid target "\.\/relative\/path": a target must be a package name/),
        '',
      ])
      expect(r.hookLines).toEqual([
        '[hook:api] whenImported target-fn commonjs',
        '[hook:acme] http builtin -',
        '[hook:acme] target-cjs/lib/inner.js commonjs 1.2.3',
        '[hook:acme] target-cjs commonjs 1.2.3',
        '[hook:api] bundled bundled-lib commonjs 2.1.0',
      ])
    })
  })
})
