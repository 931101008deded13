// Issue 26, finding 9: forgetting or misspelling AUTOWRAPT_BOOTSTRAP is never
// met with silence. AUTOWRAPT_REPORT or AUTOWRAPT_DEBUG without a bootstrap
// says in one line that autowrapt is off; an AUTOWRAPT_ variable autowrapt
// does not read gets a did-you-mean. Without any AUTOWRAPT_ variable, nothing.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const APP = ['-e', "console.log('app ran')"]

forEachNode((node) => {
  describe('no silence about the environment', () => {
    for (const preload of ['import', 'require', 'both'] as const) {
      it(`AUTOWRAPT_REPORT=1 and AUTOWRAPT_DEBUG=1 without AUTOWRAPT_BOOTSTRAP: one line saying autowrapt is off (--${preload})`, () => {
        const r = runNode(node, APP, { preload, env: { AUTOWRAPT_REPORT: '1', AUTOWRAPT_DEBUG: '1' } })
        expect(r.code).toBe(0)
        expect(r.stdout).toBe('app ran\n')
        expect(r.warnings).toEqual(['AUTOWRAPT_NOT_BOOTSTRAPPED'])
        expect(r.stderr).toMatch(
          /\[AUTOWRAPT_NOT_BOOTSTRAPPED\] AutowraptWarning: autowrapt: AUTOWRAPT_REPORT and AUTOWRAPT_DEBUG are set, but AUTOWRAPT_BOOTSTRAP is not set, so autowrapt is off in this process \(node, pid \d+\); set AUTOWRAPT_BOOTSTRAP to the patch packages or groups to apply\n/,
        )
      })
    }

    it('a misspelt AUTOWRAPT_BOOSTRAP: a warning with the did-you-mean', () => {
      const r = runNode(node, APP, { env: { AUTOWRAPT_BOOSTRAP: 'acme-patches' } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('app ran\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_UNKNOWN_VARIABLE'])
      expect(r.stderr).toContain('autowrapt: AUTOWRAPT_BOOSTRAP is not a variable autowrapt reads; did you mean AUTOWRAPT_BOOTSTRAP?')
    })

    it('an unknown variable is named beside a working bootstrap too', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_DISABEL: 'acme-patches' } })
      expect(r.warnings).toEqual(['AUTOWRAPT_UNKNOWN_VARIABLE'])
      expect(r.stderr).toContain('AUTOWRAPT_DISABEL is not a variable autowrapt reads; did you mean AUTOWRAPT_DISABLE?')
      expect(r.hookLines.length).toBeGreaterThan(0)
    })

    it('AUTOWRAPT_REPORT=0 asks for nothing, and no AUTOWRAPT_ variable at all: nothing is said', () => {
      expect(runNode(node, APP, { env: { AUTOWRAPT_REPORT: '0' } }).stderr).toBe('')
      expect(runNode(node, APP).stderr).toBe('')
    })
  })
})
