// A named export that is not there: the warning lists the functions the hook
// file does export, or, when module.exports is itself the function, says to
// drop "#name"; `autowrapt check` words it exactly as the runtime does.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { runWithHooks } from '../../dist/testing.js'
import { runCli } from '../helpers/cli.js'
import { FIXTURES, forEachNode } from '../helpers/node.js'

const TYPO = [
  'has no function as its export "patchTargt" (found nothing); the functions it exports: "patchTarget", "patchOther"',
  'has no function as its default export (module.exports or exports.default; found nothing); name one with "#<export>": "patchTarget", "patchOther"',
]
const CALLABLE = 'has no function as its export "patchTarget" (found nothing); module.exports is itself a function: drop "#patchTarget" to use it'

forEachNode((node) => {
  describe('AUTOWRAPT_HOOK_EXPORT says what the hook file does export', () => {
    it('a misspelt export, and a missing default: the functions it exports', async () => {
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, script: 'apps/load-all.cjs', bootstrap: 'typo-export-patches' })
      expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
        ['AUTOWRAPT_HOOK_EXPORT', `autowrapt: hook file hooks.js#patchTargt of "typo-export-patches" ${TYPO[0]}; the hook is skipped`],
        ['AUTOWRAPT_HOOK_EXPORT', `autowrapt: hook file hooks.js of "typo-export-patches" ${TYPO[1]}; the hook is skipped`],
      ])
    })

    it('module.exports is the function but package.json names an export: suggests dropping "#name"', async () => {
      const r = await runWithHooks({ node: node.path, cwd: FIXTURES, script: 'apps/load-all.cjs', bootstrap: 'callable-name-patches' })
      expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
        ['AUTOWRAPT_HOOK_EXPORT', `autowrapt: hook file hook.js#patchTarget of "callable-name-patches" ${CALLABLE}; the hook is skipped`],
      ])
    })
  })
})

describe('autowrapt check words export and load problems as the runtime does', () => {
  it('the same sentences, under the JSON path', () => {
    const typo = runCli(['check', '--load-hooks', join(FIXTURES, 'node_modules/typo-export-patches')])
    expect(typo.code).toBe(1)
    expect(typo.stdout).toContain(`  autowrapt.hooks["target-cjs"]: hook file hooks.js#patchTargt ${TYPO[0]}\n`)
    expect(typo.stdout).toContain(`  autowrapt.hooks["target-fn"]: hook file hooks.js ${TYPO[1]}\n`)
    const callable = runCli(['check', '--load-hooks', join(FIXTURES, 'node_modules/callable-name-patches')])
    expect(callable.stdout).toContain(`  autowrapt.hooks["target-cjs"]: hook file hook.js#patchTarget ${CALLABLE}\n`)
    const load = runCli(['check', '--load-hooks', join(FIXTURES, 'node_modules/load-throws-patches')])
    expect(load.stdout).toContain('  autowrapt.hooks["target-cjs"]: hook file hooks/boom.js failed to load at hooks/boom.js:4:24: TypeError: Cannot read properties of undefined (reading \'level\')\n')
    expect(load.stdout).toContain('  autowrapt.hooks["target-fn"]: hook file hooks/needs-missing.js failed to load at hooks/needs-missing.js:3:16: Error: Cannot find module \'not-installed-helper\'\n')
  })
})
