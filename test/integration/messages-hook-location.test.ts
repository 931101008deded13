// A hook that throws, or a hook file that fails to load, is reported with the
// first stack frame inside the patch package (path relative to the package,
// line:column), and a load failure has its own code.
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { FIXTURES, forEachNode } from '../helpers/node.js'

const run = (node: { path: string }, bootstrap: string) => runWithHooks({ node: node.path, cwd: FIXTURES, script: 'apps/load-all.cjs', bootstrap })

forEachNode((node) => {
  describe('messages that point at the hook', () => {
    it('AUTOWRAPT_HOOK_FAILED names the line in the hook file, not the target\'s, and the report carries it', async () => {
      const r = await run(node, 'throwing-deep-patches')
      expect(r.code).toBe(3)
      expect(r.warnings).toEqual([{
        code: 'AUTOWRAPT_HOOK_FAILED',
        type: 'AutowraptWarning',
        message: 'autowrapt: hook "throwing-deep-patches" on "target-cjs" (hooks/target.js#patch) threw at hooks/target.js:6:24: TypeError: Cannot read properties of null (reading \'name\'); the module was loaded unpatched by this hook',
      }])
      expect(r.entries('target-cjs')[0]!.instances).toEqual([{ status: 'failed', format: 'commonjs', error: 'TypeError: Cannot read properties of null (reading \'name\') at hooks/target.js:6:24' }])
    })

    it('a hook file that throws while loading, or needs a missing module: AUTOWRAPT_HOOK_LOAD_FAILED with the line', async () => {
      const r = await run(node, 'load-throws-patches')
      expect(r.code).toBe(3)
      expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
        ['AUTOWRAPT_HOOK_LOAD_FAILED', 'autowrapt: hook file hooks/boom.js of "load-throws-patches" failed to load at hooks/boom.js:4:24: TypeError: Cannot read properties of undefined (reading \'level\'); the hook is skipped'],
        ['AUTOWRAPT_HOOK_LOAD_FAILED', 'autowrapt: hook file hooks/needs-missing.js of "load-throws-patches" failed to load at hooks/needs-missing.js:3:16: Error: Cannot find module \'not-installed-helper\'; the hook is skipped'],
      ])
    })

    it('a hook file that does not exist keeps AUTOWRAPT_HOOK_NOT_FOUND', async () => {
      const r = await run(node, 'missing-file-patches')
      expect(r.warningCodes).toEqual(['AUTOWRAPT_HOOK_NOT_FOUND'])
    })
  })
})
