// Issue 27, item 1: `applied` only when the function an entry names was found
// and wrapped, counted per function actually wrapped.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { reportFile } from '../helpers/tracing.js'

const COMPILE = 'orchestrion:ajv:compile'

forEachNode((node) => {
  describe('declarative tracing: what counts as applied', () => {
    it('a typo in a method name ({ className: "Ajv", methodName: "compil" }) is a no-match with a did-you-mean, not "applied 1 function", and ajv is unchanged', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-ajv.cjs'], {
        bootstrap: 'tracing-outcomes-patches:ajv-typo',
        env: { TRACE_CHANNELS: COMPILE, AUTOWRAPT_REPORT: report.path },
      })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('valid true false\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_TRACING_NO_MATCH'])
      expect(r.stderr).toContain('(ajv/dist/core.js Ajv.compil (Sync) -> orchestrion:ajv:compile) matched no function in ')
      expect(r.stderr).toContain('core.js (did you mean "Ajv.compile"?); it loads without this entry\'s tracing')
      expect(report.tracing()[0]).toMatchObject({ outcome: 'no-match', files: [{ status: 'no-match', hint: 'did you mean "Ajv.compile"?' }] })
    })

    it('the method spelled right is applied, 1 function, and fires', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-ajv.cjs'], {
        bootstrap: 'tracing-outcomes-patches:ajv',
        env: { TRACE_CHANNELS: COMPILE, AUTOWRAPT_REPORT: report.path },
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toContain(`[trace] ${COMPILE} start`)
      expect(r.stdout).toContain('valid true false\n')
      expect(report.tracing()[0]).toMatchObject({ outcome: 'applied', files: [{ status: 'applied', functions: 1 }] })
    })

    it('Keyv.get in keyv\'s shape (var Keyv = class extends ...) counts 1 function, not 2', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-keyv.cjs'], {
        bootstrap: 'tracing-outcomes-patches:keyv-cjs',
        env: { TRACE_CHANNELS: 'orchestrion:traced-keyv:get', AUTOWRAPT_REPORT: report.path },
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toContain('[trace] orchestrion:traced-keyv:get start args=["a"]\n')
      expect(r.stdout).toContain('get 1\n')
      expect(report.tracing()[0]).toMatchObject({ outcome: 'applied', files: [{ status: 'applied', functions: 1 }] })
    })

    it('a typo in a function name ("addd") says which function the file has', () => {
      const r = runNode(node, ['apps/tracing-shapes.cjs'], { bootstrap: 'tracing-outcomes-patches:add-typo' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_TRACING_NO_MATCH'])
      expect(r.stderr).toContain('api.js (did you mean "add"?); it loads without this entry\'s tracing')
    })
  })
})
