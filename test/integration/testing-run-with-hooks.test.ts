// autowrapt/testing's runWithHooks: a child node with autowrapt preloaded, and
// everything a patch author asserts on, collected.
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { FIXTURES, forEachNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('runWithHooks', () => {
    it('runs a CommonJS snippet with the bootstrap applied and returns its output, exit code and report', async () => {
      const r = await runWithHooks({
        node: node.path,
        cwd: FIXTURES,
        bootstrap: 'acme-patches',
        code: "console.log(require('target-cjs').greet('test')); process.exitCode = 3",
      })
      expect(r.code).toBe(3)
      expect(r.signal).toBeNull()
      expect(r.stdout).toBe('hello test (patched)\n')
      expect(r.warningCodes).toEqual([])
      expect(r.report?.schema).toBe('autowrapt-report/1')
      expect(r.report?.bootstrap).toEqual(['acme-patches'])
      expect(r.entries('target-cjs', 'acme-patches').map((e) => e.outcome)).toEqual(['fired'])
      expect(r.entries('node:http').map((e) => e.outcome)).toEqual(['fired'])
      expect(r.entries('target-esm').map((e) => e.outcome)).toEqual(['not-loaded'])
    })

    it('runs an ESM snippet with --require preloading', async () => {
      const r = await runWithHooks({
        node: node.path,
        cwd: FIXTURES,
        bootstrap: ['acme-patches'],
        preload: 'require',
        codeFormat: 'module',
        code: "import { greet } from 'target-cjs'; console.log(greet('esm'))",
      })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello esm (patched)\n')
      expect(r.entries('target-cjs')[0]?.instances).toEqual([expect.objectContaining({ status: 'fired', format: 'commonjs', version: '1.2.3' })])
    })

    it('parses coded warnings with their message, and a failed hook shows in the report', async () => {
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, bootstrap: 'throwing-patches', code: "console.log(require('target-cjs').greet('x'))" })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello x\n')
      expect(r.warningCodes).toEqual(['AUTOWRAPT_HOOK_FAILED'])
      expect(r.warnings[0]).toEqual({ code: 'AUTOWRAPT_HOOK_FAILED', type: 'AutowraptWarning', message: 'autowrapt: hook "throwing-patches" on "target-cjs" (throw.js) threw at throw.js:1:32: Error: hook exploded; the module was loaded unpatched by this hook' })
      expect(r.entries('target-cjs', 'throwing-patches')).toEqual([expect.objectContaining({ outcome: 'failed', hook: 'throw.js' })])
    })

    it('a baseline run (preload none) bootstraps nothing and has no report', async () => {
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, bootstrap: 'acme-patches', preload: 'none', code: "console.log(require('target-cjs').greet('x'))" })
      expect(r.stdout).toBe('hello x\n')
      expect(r.reports).toEqual([])
      expect(r.report).toBeUndefined()
    })

    it('the test runner\'s own NODE_OPTIONS and AUTOWRAPT_* do not leak into the child; env adds and removes variables', async () => {
      const saved = { ...process.env }
      process.env.AUTOWRAPT_DISABLE = 'acme-patches'
      process.env.NODE_OPTIONS = '--no-warnings'
      try {
        const r = await runWithHooks({
          node: node.path,
          cwd: FIXTURES,
          bootstrap: 'acme-patches',
          env: { EXTRA: 'yes', HOME: undefined },
          code: "console.log(require('target-cjs').greet('x'), process.env.EXTRA, process.env.HOME, process.env.AUTOWRAPT_DISABLE)",
        })
        expect(r.stdout).toBe('hello x (patched) yes undefined undefined\n')
      } finally {
        process.env = saved
      }
    })

    it('throws for a wrong call: neither or both of script and code', async () => {
      expect(() => runWithHooks({ bootstrap: 'x' })).toThrow(/give either `script` \(a file to run\) or `code` \(source text\)/)
      expect(() => runWithHooks({ bootstrap: 'x', script: 'a.js', code: '1' })).toThrow(TypeError)
    })
  })
})
