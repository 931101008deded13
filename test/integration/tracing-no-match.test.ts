import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { channels, reportFile } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: a query that matches nothing', () => {
    it('warns AUTOWRAPT_TRACING_NO_MATCH and reports no-match; the other entry on the same file still traces', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-shapes.cjs'], {
        bootstrap: 'tracing-patches:nomatch',
        env: { TRACE_CHANNELS: channels('traced-cjs', ['add', 'missing']), AUTOWRAPT_REPORT: report.path },
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_TRACING_NO_MATCH'])
      expect(r.stderr).toContain('tracing entry autowrapt.groups.nomatch.tracing[0] of "tracing-patches" (traced-cjs/lib/api.js doesNotExist (Sync) -> orchestrion:traced-cjs:missing) matched no function in ')
      expect(r.stdout).toContain('[trace] orchestrion:traced-cjs:add start args=[1,2]\n[trace] orchestrion:traced-cjs:add end result=3\nadd 3\n')
      expect(report.tracing().map((t) => [t.channel, t.outcome])).toEqual([['orchestrion:traced-cjs:missing', 'no-match'], ['orchestrion:traced-cjs:add', 'applied']])
    })

    it('getters are never traced: an entry naming only a getter is a no-match, and the getter keeps working', () => {
      const r = runNode(node, ['apps/tracing-shapes.cjs'], { bootstrap: 'tracing-patches:getter', env: { TRACE_CHANNELS: channels('traced-cjs', ['store-size']) } })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_TRACING_NO_MATCH'])
      expect(r.stdout).toContain('get 11 reveal 42 size 10\n')
      expect(r.stdout).not.toContain('[trace]')
    })

    it('AUTOWRAPT_STRICT=1: the no-match propagates to the require() that loaded the file', () => {
      const r = runNode(node, ['apps/tracing-shapes.cjs'], { bootstrap: 'tracing-patches:nomatch', env: { AUTOWRAPT_STRICT: '1' } })
      expect(r.code).not.toBe(0)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain('an entry matched no function (AUTOWRAPT_STRICT)')
    })
  })
})
