import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { channels, reportFile } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: AUTOWRAPT_DISABLE', () => {
    for (const rule of ['tracing-hooked-patches:traced-cjs', 'traced-cjs']) {
      it(`AUTOWRAPT_DISABLE=${rule} turns the entry off (reported as disabled) and leaves the rest alone`, () => {
        const report = reportFile()
        const r = runNode(node, ['apps/tracing-shapes.cjs'], {
          bootstrap: 'tracing-hooked-patches',
          env: { AUTOWRAPT_DISABLE: rule, AUTOWRAPT_REPORT: report.path, TRACE_CHANNELS: channels('traced-cjs', ['add']) },
        })
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual([])
        expect(r.stdout).not.toContain('[trace]')
        expect(report.tracing().map((t) => [t.module, t.outcome])).toEqual([['traced-cjs', 'disabled'], ['traced-esm', 'not-loaded']])
      })
    }
  })
})
