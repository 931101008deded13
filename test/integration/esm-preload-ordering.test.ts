// An ESM import that an earlier --require preload defers to the next
// event-loop turn runs after autowrapt's bootstrap, and is hooked, on every
// Node and under any load. The reported failure (issue 26, item 11):
// esm-loader-thread-deferred.test.ts saw `late: hi l` unpatched under load on
// Node 20, because `--import autowrapt/register` then loaded an ES module
// entry (register.mjs), which Node 20 reads asynchronously: the preload's
// 20 ms timer fired before the bootstrap. Here the preload imports at the
// earliest deferred moment, so the order is forced, not hoped for: with an
// ES module entry every case below fails on Node 20, loaded or not.
import { describe, expect, it } from 'vitest'
import { forEachEsmNode, hasSyncHooks, itWhen, runNode } from '../helpers/node.js'

forEachEsmNode((node) => {
  const run = (at: string, env: Record<string, string> = {}) =>
    runNode(node, ['apps/basic.cjs'], {
      preload: null,
      bootstrap: 'acme-patches',
      // By name, through package.json `exports`, as the README tells users to.
      nodeOptions: ['--require', './probes/import-next-turn.cjs', '--import', 'autowrapt/register'],
      env: { IMPORT_AT: at, ...env },
    })

  describe('an ESM import an earlier --require preload defers to a later event-loop turn', () => {
    for (const at of ['immediate', 'timer', 'io']) {
      it(`runs after the bootstrap and is hooked (${at})`, () => {
        const r = run(at)
        expect(r.code).toBe(0)
        expect(r.stdout).toMatch(/^late: hi l \(patched\)$/m)
        expect(r.hookLines).toContain('[hook:acme] target-esm module 2.0.0')
        expect(r.warnings).toEqual([])
      })
    }

    itWhen(!hasSyncHooks(node), `Node ${node.version} hooks ESM in-thread: no loader thread to defer`, 'with AUTOWRAPT_ESM=deferred, the loader thread starts at bootstrap and hooks it', () => {
      const r = run('immediate', { AUTOWRAPT_ESM: 'deferred' })
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^late: hi l \(patched\)$/m)
      expect(r.hookLines).toContain('[hook:acme] target-esm module 2.0.0')
    })
  })
})
