import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const CJS_OUT = 'hello world (patched) 43\nhttp patched: true true\n'
const ESM_OUT = 'hello world (patched) hello esm (patched) 43\nhttp patched: true true\n'

forEachNode((node) => {
  describe('activation through NODE_OPTIONS', () => {
    for (const preload of ['require', 'import'] as const) {
      it(`--${preload} autowrapt/register hooks a CommonJS application`, () => {
        const r = runNode(node, ['apps/basic.cjs'], { preload, bootstrap: 'acme-patches' })
        expect(r.stderr).not.toMatch(/Warning/)
        expect(r.code).toBe(0)
        expect(r.stdout).toBe(CJS_OUT)
        expect(r.hookLines).toEqual(['[hook:acme] http builtin -', '[hook:acme] target-cjs/lib/inner.js commonjs 1.2.3', '[hook:acme] target-cjs commonjs 1.2.3'])
      })

      it(`--${preload} autowrapt/register hooks an ESM application`, () => {
        const r = runNode(node, ['apps/basic.mjs'], { preload, bootstrap: 'acme-patches' })
        expect(r.stderr).not.toMatch(/Warning/)
        expect(r.code).toBe(0)
        expect(r.stdout).toBe(ESM_OUT)
        expect(r.hookLines).toContain('[hook:acme] target-cjs commonjs 1.2.3')
      })
    }

    it('trims names and drops empty names and duplicates in AUTOWRAPT_BOOTSTRAP', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: ' , acme-patches ,,acme-patches , ' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(CJS_OUT)
      expect(r.warnings).toEqual([])
      expect(r.hookLines.filter((l) => l.includes('target-cjs commonjs'))).toHaveLength(1)
    })

    it('installs hooks once when registered by both --require and --import', () => {
      const r = runNode(node, ['apps/basic.mjs'], { preload: 'both', bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(ESM_OUT)
      expect(r.hookLines.filter((l) => l.includes('http builtin'))).toHaveLength(1)
      expect(r.hookLines.filter((l) => l.includes('target-cjs commonjs'))).toHaveLength(1)
    })
  })
})
