import { describe, expect } from 'vitest'
import { forEachNode, itWhen, runNode } from '../helpers/node.js'
import { reportFile } from '../helpers/tracing.js'

// Issue 27, finding 2: under `--import autowrapt/register --import tsx` on
// Nodes with in-thread hooks, tsx's Module._extensions kept the `load` hook
// from seeing CommonJS files, so they were never traced and the report said
// `not-loaded`. Both orders, and each tsx mode.
const ORDERS = {
  'autowrapt first': ['--import', 'autowrapt/register', '--import', 'tsx'],
  'tsx first': ['--import', 'tsx', '--import', 'autowrapt/register'],
}
const APPS = [
  { app: 'tsx-commonjs/traced.ts', mode: '.ts in CommonJS mode', tsxCompilesEsm: true },
  { app: 'tsx-commonjs/traced.cts', mode: '.cts', tsxCompilesEsm: true },
  { app: 'tsx-module/traced.ts', mode: '.ts with "type": "module"', tsxCompilesEsm: false },
]
const EVENTS = `[trace] orchestrion:traced-cjs:add start args=[1,2]
[trace] orchestrion:traced-cjs:add end result=3
[trace] orchestrion:traced-esm:add start args=[10,20]
[trace] orchestrion:traced-esm:add end result=30
33
`

forEachNode((node) => {
  describe('declarative tracing under tsx', () => {
    for (const { app, mode, tsxCompilesEsm } of APPS) {
      for (const [order, nodeOptions] of Object.entries(ORDERS)) {
        const runs = node.major >= 22 || mode !== '.cts'
        itWhen(runs, 'Node 20 cannot require an ESM package from tsx-compiled .cts, with or without autowrapt', `${mode} (${order}): CommonJS and ESM files traced, each transformed once`, () => {
          const report = reportFile()
          const r = runNode(node, [app], {
            preload: null,
            nodeOptions,
            bootstrap: 'tracing-patches',
            env: { AUTOWRAPT_REPORT: report.path, TRACE_CHANNELS: 'orchestrion:traced-cjs:add,orchestrion:traced-esm:add' },
          })
          expect(r.code).toBe(0)
          expect(r.stdout).toBe(EVENTS)
          const tracing = report.tracing()
          const cjsAdd = tracing.find((t) => t.module === 'traced-cjs' && t.query === 'add (Sync)')!
          expect(cjsAdd.outcome).toBe('applied')
          expect(cjsAdd.files).toEqual([expect.objectContaining({ status: 'applied', format: 'commonjs', functions: 1 })])
          // One file outcome per entry: no file is transformed twice.
          for (const t of tracing.filter((t) => t.module !== 'traced-dual')) expect(t.files).toHaveLength(1)
          // In CommonJS mode tsx compiles the ESM-only package to CommonJS
          // itself (esbuild, keepNames), and autowrapt traces what tsx compiled:
          // `export const double = (x) => ...` becomes `__name((x) => ..., "double")`.
          const esmDouble = tracing.find((t) => t.module === 'traced-esm' && t.query === 'double (Sync)')!
          expect(esmDouble.outcome).toBe(tsxCompilesEsm ? 'no-match' : 'applied')
          expect(r.warnings).toEqual(tsxCompilesEsm ? ['AUTOWRAPT_TRACING_NO_MATCH'] : [])
        })
      }
    }
  })
})
