// Issue 27, item 7: a hook and a tracing entry on the same file transform it
// once, whichever of the two packages AUTOWRAPT_BOOTSTRAP names first.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { reportFile } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: one transform per file', () => {
    for (const [label, esm, module, format] of [['ES module', '1', 'traced-esm', 'module'], ['CommonJS', undefined, 'traced-cjs', 'commonjs']] as const) {
      for (const bootstrap of ['tracing-patches,traced-hook-patches', 'traced-hook-patches,tracing-patches']) {
        it(`${label}, AUTOWRAPT_BOOTSTRAP=${bootstrap}: one applied record, the hook fires once, the function is traced once`, () => {
          const report = reportFile()
          const r = runNode(node, ['apps/tracing-hooked.cjs'], {
            bootstrap,
            env: { TRACE_ESM: esm, TRACE_CHANNELS: `orchestrion:${module}:add`, AUTOWRAPT_REPORT: report.path },
          })
          expect(r.warnings).toEqual([])
          expect(r.code).toBe(0)
          expect(r.hookLines).toEqual([`[hook:traced-hook] ${module} ${format}`])
          expect(r.stdout).toContain(`[trace] orchestrion:${module}:add start args=[1,2]\n[trace] orchestrion:${module}:add end result=3\nadd 30\n`)
          const entries = report.tracing().filter((t) => t.module === module)
          expect(entries.length).toBeGreaterThan(1)
          for (const entry of entries) expect(entry.files).toMatchObject([{ status: 'applied', format, functions: 1 }])
        })
      }
    }
  })
})
