// import-in-the-middle 1.x and 2.x registered with module.register after
// autowrapt, on a Node without usable module.registerHooks (so both run on the
// loader thread, the other copy ahead of autowrapt). Those majors rebuild every
// module URL another loader marked `?iitm=true`, and then cannot find its
// specifier: before, neither the agent's hooks nor autowrapt's fired. autowrapt
// now leaves such modules to that copy and subscribes to it through an ESM
// target; a CommonJS target imported from ESM with no ESM target before it
// cannot be reached, which autowrapt says (AUTOWRAPT_FOREIGN_LOADER) and
// reports (wrapped-by-another-loader). The agent's hooks fire in every case.
import { describe, expect } from 'vitest'
import { forEachNode, hasSyncHooks, itWhen, runNode, type NodeBin } from '../helpers/node.js'

const REASON = 'autowrapt is ahead of every module.register loader here (esm-second-iitm.test.ts covers it)'

function run(node: NodeBin, copy: string, app: string) {
  return runNode(node, [app], {
    preload: null,
    nodeOptions: ['--import', 'autowrapt/register', '--import', './probes/second-iitm.mjs'],
    bootstrap: 'acme-patches',
    env: { SECOND_IITM: copy, AUTOWRAPT_REPORT: '1' },
  })
}

forEachNode((node) => {
  describe('a 1.x or 2.x import-in-the-middle copy registered after autowrapt, both on the loader thread', () => {
    for (const copy of ['iitm-v1', 'iitm-v2']) {
      itWhen(!hasSyncHooks(node), REASON, `${copy}: ESM and CommonJS targets get both copies' hooks`, () => {
        const r = run(node, copy, 'apps/second-iitm-app.mjs')
        expect(r.code).toBe(0)
        expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual([])
        expect(r.stdout).toBe(`hi e (${copy}) (patched) | hello c (${copy}) (patched)\n`)
        expect(r.hookLines).toEqual(expect.arrayContaining([
          '[hook:acme] target-esm module 2.0.0', '[hook:acme] target-cjs commonjs 1.2.3', `[hook:${copy}] target-esm`, `[hook:${copy}] target-cjs`,
        ]))
        expect(r.stderr).toMatch(/^acme-patches\s+target-esm\s+fired/m)
        expect(r.stderr).toMatch(/^acme-patches\s+target-cjs\s+fired/m)
      })

      itWhen(!hasSyncHooks(node), REASON, `${copy}: a CommonJS target alone keeps the agent's hook, and autowrapt says its own did not fire`, () => {
        const r = run(node, copy, 'apps/second-iitm-cjs-only.mjs')
        expect(r.code).toBe(0)
        expect(r.stdout).toBe(`hello c (${copy})\n`)
        expect(r.hookLines).toContain(`[hook:${copy}] target-cjs`)
        expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual(['AUTOWRAPT_FOREIGN_LOADER'])
        expect(r.stderr).toMatch(new RegExp(`target-cjs/index\\.js was wrapped by the import-in-the-middle copy at \\S+${copy}`))
        expect(r.stderr).toMatch(new RegExp(`^acme-patches\\s+target-cjs\\s+wrapped-by-another-loader\\s+commonjs: wrapped by import-in-the-middle at \\S+${copy}`, 'm'))
        expect(r.stderr).not.toMatch(/^acme-patches\s+target-cjs\s+not-loaded/m)
      })
    }
  })
})
