import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { SHAPES, reportFile } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: report, debug log and tracingStatus()', () => {
    for (const [label, esm, module, format] of [['CommonJS', undefined, 'traced-cjs', 'commonjs'], ['ESM', '1', 'traced-esm', 'module']] as const) {
      it(`${label}: tracingStatus() tells the application which entries were applied, with their channels`, () => {
        const r = runNode(node, ['apps/tracing-status.mjs'], { bootstrap: 'tracing-patches', env: { TRACE_ESM: esm } })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        const { before, after } = JSON.parse(r.stdout)
        expect(before).toEqual({ entries: 26, outcomes: ['not-loaded'] })
        expect(after).toEqual(SHAPES.map((c) => `orchestrion:${module}:${c} applied 1`))
      })

      it(`${label}: the report lists every entry with its outcome and file, and the debug log has one line per entry`, () => {
        const report = reportFile()
        const r = runNode(node, ['apps/tracing-shapes.cjs'], { bootstrap: 'tracing-patches', env: { TRACE_ESM: esm, AUTOWRAPT_REPORT: report.path, AUTOWRAPT_DEBUG: '1' } })
        expect(r.code).toBe(0)
        const entries = report.tracing()
        expect(entries).toHaveLength(26)
        const loaded = entries.filter((e) => e.module === module)
        expect(loaded.map((e) => e.outcome)).toEqual(Array(12).fill('applied'))
        expect(loaded[0]).toMatchObject({ package: 'tracing-patches', group: null, entry: 'autowrapt.tracing[' + (esm ? 12 : 0) + ']', filePath: 'lib/api.js', query: 'add (Sync)', channel: `orchestrion:${module}:add` })
        expect(loaded[0]!.files).toEqual([expect.objectContaining({ status: 'applied', format, version: esm ? '2.0.0' : '1.2.0', functions: 1 })])
        expect(entries.filter((e) => e.module !== module).map((e) => e.outcome)).toEqual(Array(14).fill('not-loaded'))
        const applied = r.stderr.split('\n').filter((l) => / tracing: applied tracing entry /.test(l))
        expect(applied).toHaveLength(12)
        expect(applied[0]).toContain(`(${module}/lib/api.js add (Sync) -> orchestrion:${module}:add) to `)
        expect(applied[0]).toMatch(/: 1 function \((commonjs|module), [\d.]+ ms\)$/)
        expect(r.stderr.split('\n').filter((l) => / never applied: /.test(l))).toHaveLength(14)
      })
    }
  })
})
