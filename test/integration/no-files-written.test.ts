// A preload runs in every process NODE_OPTIONS reaches (package managers, test
// runners, root shells): autowrapt writes no file the operator did not ask for.
// The home and cache directories a run sees stay empty, whatever it hooks.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function emptyDirs(): { HOME: string; XDG_CACHE_HOME: string } {
  const home = mkdtempSync(join(tmpdir(), 'autowrapt-home-'))
  const cache = mkdtempSync(join(tmpdir(), 'autowrapt-xdg-'))
  made.push(home, cache)
  return { HOME: home, XDG_CACHE_HOME: cache }
}

const RUNS = [
  { what: 'CommonJS and builtin hooks', script: 'apps/basic.cjs', bootstrap: 'acme-patches', preload: 'require' as const },
  { what: 'ESM hooks', script: 'apps/basic.mjs', bootstrap: 'acme-patches', preload: 'import' as const },
  { what: 'a tracing entry', script: 'apps/tracing-once.cjs', bootstrap: 'tracing-patches', preload: 'import' as const },
]

forEachNode((node) => {
  describe('autowrapt writes no file unless asked', () => {
    for (const run of RUNS) {
      it(`${run.what}, with the report on stderr: HOME and XDG_CACHE_HOME stay empty`, () => {
        const dirs = emptyDirs()
        for (let start = 0; start < 2; start++) {
          const r = runNode(node, [run.script], { preload: run.preload, bootstrap: run.bootstrap, env: { ...dirs, AUTOWRAPT_REPORT: '1' } })
          expect(r.code).toBe(0)
          expect(r.warnings).toEqual([])
          expect(r.stderr).toContain('autowrapt report')
        }
        expect(readdirSync(dirs.HOME)).toEqual([])
        expect(readdirSync(dirs.XDG_CACHE_HOME)).toEqual([])
      })
    }
  })
})
