import { describe, expect, it } from 'vitest'
import { forEachNode, itWhen, runNode } from '../helpers/node.js'

// tsx compiles TypeScript, and in CommonJS mode it also compiles the ESM-only
// packages the application imports to CommonJS, with getter-only exports. The
// hook patches a view of those exports that every require() then gets.
const ORDERS = {
  'tsx first': ['--import', 'tsx', '--import', 'autowrapt/register'],
  'autowrapt first': ['--import', 'autowrapt/register', '--import', 'tsx'],
}
const CASES = [
  { app: 'tsx-commonjs/app.ts', mode: '.ts in CommonJS mode', esmFormat: 'commonjs' },
  { app: 'tsx-commonjs/app.cts', mode: '.cts', esmFormat: 'commonjs' },
  { app: 'tsx-commonjs/app.mts', mode: '.mts', esmFormat: 'module' },
  { app: 'tsx-module/app.ts', mode: '.ts with "type": "module"', esmFormat: 'module' },
]

forEachNode((node) => {
  describe('tsx applications', () => {
    for (const { app, mode, esmFormat } of CASES) {
      for (const [order, nodeOptions] of Object.entries(ORDERS)) {
        // Node 20's require(esm) inside CommonJS that a loader evaluates fails without autowrapt too.
        const runs = node.major >= 22 || mode !== '.cts'
        itWhen(runs, 'Node 20 cannot require an ESM package from tsx-compiled .cts, with or without autowrapt', `${mode} (${order}): patched, each hook once, no warning`, () => {
          const r = runNode(node, [app], { preload: null, nodeOptions, bootstrap: 'acme-patches' })
          expect(r.warnings).toEqual([])
          expect(r.code).toBe(0)
          expect(r.stdout).toBe('hi ts (patched) | hello ts (patched)\n')
          expect(r.hookLines.filter((l) => / target-(esm|cjs) /.test(l))).toEqual([
            `[hook:acme] target-esm ${esmFormat} 2.0.0`,
            '[hook:acme] target-cjs commonjs 1.2.3',
          ])
        })
      }
    }

    it('without autowrapt the same application prints the unpatched result', () => {
      const r = runNode(node, ['tsx-commonjs/app.ts'], { preload: null, nodeOptions: ['--import', 'tsx'] })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hi ts | hello ts\n')
    })
  })
})
