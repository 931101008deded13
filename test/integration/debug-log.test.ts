import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const debugLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('AUTOWRAPT '))

forEachNode((node) => {
  describe('debug log', () => {
    it('is empty when off', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches,version-patches,never-patches' })
      expect(debugLines(r.stderr)).toEqual([])
    })

    for (const env of [{ NODE_DEBUG: 'autowrapt' }, { AUTOWRAPT_DEBUG: '1' }]) {
      it(`${Object.keys(env)[0]} turns it on: every line carries the pid and a channel, and names each decision`, () => {
        const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches,version-patches,never-patches', env: { ...env, AUTOWRAPT_DISABLE: 'node:http' } })
        const lines = debugLines(r.stderr)
        for (const line of lines) expect(line).toMatch(/^AUTOWRAPT \d+ (cjs|esm|builtin|core|wrap): /)
        const text = lines.join('\n')
        expect(text).toMatch(/core: AUTOWRAPT_BOOTSTRAP names: acme-patches, version-patches, never-patches/)
        expect(text).toMatch(/core: "acme-patches": patch package acme-patches@0\.0\.1 at .*test\/fixtures\/node_modules\/acme-patches/)
        expect(text).toMatch(/core: registered hook "acme-patches" on "target-cjs"/)
        expect(text).toMatch(/core: AUTOWRAPT_DISABLE turns off the hook of "acme-patches" on "http"/)
        expect(text).toMatch(/cjs: matched target-cjs at .*target-cjs\/index\.js/)
        expect(text).toMatch(/cjs: fired hook "acme-patches" on "target-cjs" .* in \d+\.\d\d ms/)
        expect(text).toMatch(/esm: matched target-esm at file:.*target-esm\/index\.js \(module\)/)
        expect(text).toMatch(/cjs: skip hook "version-patches" on "target-cjs" .*version 1\.2\.3 does not satisfy ">=2"/)
        expect(text).toMatch(/core: hook "never-patches" on "target-never-installed" .* never fired: "target-never-installed" was not loaded/)
      })
    }

    it('names the warning behind a hook that could not load', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'missing-file-patches', env: { NODE_DEBUG: 'autowrapt' } })
      expect(debugLines(r.stderr).join('\n')).toMatch(/core: warning AUTOWRAPT_HOOK_NOT_FOUND: autowrapt: hook file hooks\/nope\.js of "missing-file-patches" does not exist/)
    })
  })
})
