// AUTOWRAPT_REPORT=1 when nothing was registered: a sentence, not a table header over no rows.
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { FIXTURES, forEachNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('the report with no hooks', () => {
    it('says no hooks were registered instead of printing an empty table', async () => {
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, code: '', bootstrap: 'zzz-unrelated', env: { AUTOWRAPT_REPORT: '1' } })
      const report = r.stderr.slice(r.stderr.indexOf('autowrapt report:'))
      expect(report.replace(/pid \d+/, 'pid N').replace(/node v[\d.]+/, 'node vX')).toBe(
        'autowrapt report: (no script: node -e, -p or stdin) (pid N, main thread), node vX, AUTOWRAPT_BOOTSTRAP=zzz-unrelated\n' +
        'no hooks registered: these names resolved to no hook (see the warnings above, or run "autowrapt list")\n',
      )
      expect(r.stderr).not.toContain('package  target  outcome  detail')
    })
  })
})
