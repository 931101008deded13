import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, itWhen, runNode } from '../helpers/node.js'

// A module.register loader that returns `format: 'commonjs'` with source makes
// Node evaluate that module through its ESM loader; the module's require()
// calls then bypass Module.prototype.require.
const ORDERS = {
  'loader first': ['--import', 'cjs-source-loader/register', '--import', 'autowrapt/register'],
  'autowrapt first': ['--import', 'autowrapt/register', '--import', 'cjs-source-loader/register'],
}

forEachNode((node) => {
  describe('CommonJS evaluated from a module.register loader\'s source', () => {
    for (const [order, nodeOptions] of Object.entries(ORDERS)) {
      it(`the application runs as without autowrapt (${order})`, () => {
        const r = runNode(node, ['loader-app/main.mjs'], { preload: null, nodeOptions, bootstrap: 'acme-patches' })
        expect(r.code).toBe(0)
        expect(r.stdout).toMatch(/^hello loader( \(patched\))? 4[23]\n$/)
      })

      itWhen(node.major >= 24, 'Node 20 and 22 load these modules with neither Module._load nor require()', `its require() of a CommonJS target is hooked, once (${order})`, () => {
        const r = runNode(node, ['loader-app/main.mjs'], { preload: null, nodeOptions, bootstrap: 'acme-patches' })
        expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual([])
        expect(r.code).toBe(0)
        expect(r.stdout).toBe('hello loader (patched) 43\n')
        expect(r.hookLines.filter((l) => l.includes(' target-cjs'))).toEqual([
          '[hook:acme] target-cjs/lib/inner.js commonjs 1.2.3',
          '[hook:acme] target-cjs commonjs 1.2.3',
        ])
      })

      itWhen(node.major < 24, 'Node 24+ hooks these modules', `where Node gives no way to see them, AUTOWRAPT_UNHOOKABLE names each target module (${order})`, () => {
        const r = runNode(node, ['loader-app/main.mjs'], { preload: null, nodeOptions, bootstrap: 'acme-patches' })
        expect(r.code).toBe(0)
        expect(r.stdout).toBe('hello loader 42\n')
        expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual(['AUTOWRAPT_UNHOOKABLE', 'AUTOWRAPT_UNHOOKABLE'])
        expect(r.stderr).toMatch(/target-cjs\/index\.js \(a module of a hook target\) is required by .*loader-app\/app\.cjs, a CommonJS module that a module\.register loader returned as source/)
        expect(r.stderr).toMatch(/target-cjs\/lib\/inner\.js \(a module of a hook target\) is required by .*target-cjs\/index\.js/)
        expect(r.hookLines.filter((l) => l.includes(' target-cjs'))).toEqual([])
      })

      itWhen(node.major < 24 && hasSyncHooks(node), 'the report is reachable where hooks run in-thread and Node hides these modules (22.22.3+)', `the report says unhookable, with the module and why (${order})`, () => {
        const r = runNode(node, ['loader-app/main.mjs'], { preload: null, nodeOptions, bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: '1' } })
        expect(r.code).toBe(0)
        expect(r.stderr).toMatch(/^acme-patches\s+target-cjs\s+unhookable\s+commonjs: .*target-cjs\/index\.js required by .*loader-app\/app\.cjs, CommonJS whose source a module\.register loader returned/m)
        expect(r.stderr).toMatch(/^acme-patches\s+target-cjs\/lib\/inner\.js\s+unhookable\s/m)
      })
    }

    it('without autowrapt it prints the unpatched result', () => {
      const r = runNode(node, ['loader-app/main.mjs'], { preload: null, nodeOptions: ['--import', 'cjs-source-loader/register'] })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello loader 42\n')
    })
  })
})
