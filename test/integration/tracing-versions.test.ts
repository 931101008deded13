import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { channels, reportFile } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: version ranges', () => {
    it('an entry whose range the installed version does not satisfy is skipped, says so in the debug log and the report, and publishes nothing', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-shapes.cjs'], {
        bootstrap: 'tracing-patches:old-only',
        env: { TRACE_CHANNELS: channels('traced-cjs', ['add']), AUTOWRAPT_REPORT: report.path, AUTOWRAPT_DEBUG: '1' },
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).not.toContain('[trace]')
      expect(r.stdout).toContain('add 3\n')
      expect(r.stderr).toMatch(/tracing: skipped tracing entry autowrapt\.groups\["old-only"\]\.tracing\[0\] of "tracing-patches" .* version 1\.2\.0 does not satisfy "<1"/)
      const [entry] = report.tracing()
      expect(entry).toMatchObject({ package: 'tracing-patches', group: 'old-only', module: 'traced-cjs', filePath: 'lib/api.js', channel: 'orchestrion:traced-cjs:add', outcome: 'skipped-version' })
      expect(entry!.files).toEqual([expect.objectContaining({ status: 'skipped-version', version: '1.2.0', range: '<1' })])
    })
  })
})
