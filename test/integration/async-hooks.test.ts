import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const EXPECTED = { cjsIsPromise: false, cjs: 'hello a', fn: 'original', esmDefaultIsPromise: false, esm: 'hi b', esmDefault: 'main' }

forEachNode((node) => {
  describe('async hooks: a promise is never a replacement, a rejection is a failure like a throw', () => {
    it('the importer gets the real exports (CommonJS and ESM), the rejection is AUTOWRAPT_HOOK_FAILED, and the application exits normally', () => {
      const plain = runNode(node, ['apps/async-app.mjs'], { preload: null })
      expect(JSON.parse(plain.stdout)).toEqual(EXPECTED)
      const r = runNode(node, ['apps/async-app.mjs'], { bootstrap: 'async-patches', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(plain.stdout)
      expect(r.warnings).toEqual(['AUTOWRAPT_HOOK_FAILED'])
      expect(r.stderr).toContain('hook "async-patches" on "target-fn" (hooks.js#rejects) returned a promise that rejected: Error: async boom')
      expect(r.stderr).not.toMatch(/Unhandled|unhandled/)
      expect(r.hookLines).toEqual(expect.arrayContaining([
        '[hook:async] target-cjs commonjs',
        '[hook:async-after-await] target-cjs',
        '[hook:async] target-esm module',
        '[hook:async-after-await] target-esm',
        '[hook:rejects] target-fn',
        '[hook:sync] target-cjs/lib/inner.js',
      ]))
      expect(r.stderr).toMatch(/^async-patches\s+target-fn\s+failed\s+commonjs \S* ?[\d.]+ms; commonjs: rejected: Error: async boom$/m)
      expect(r.stderr).toMatch(/^async-patches\s+target-cjs\s+fired/m)
      expect(r.stderr).toMatch(/^async-patches\s+target-esm\s+fired/m)
    })

    it('AUTOWRAPT_STRICT=1: the rejection reaches the application as an unhandled rejection (it cannot reach the importer, which has returned)', () => {
      const r = runNode(node, ['apps/async-app.mjs'], { bootstrap: 'async-patches', env: { AUTOWRAPT_STRICT: '1' } })
      expect(r.warnings).toEqual(['AUTOWRAPT_HOOK_FAILED'])
      expect(r.stderr).toContain('Error: async boom')
      expect(r.code).toBe(1)
    })
  })
})
