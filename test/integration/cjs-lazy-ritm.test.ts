// require-in-the-middle is made at the first require() that may reach a target
// (src/cjs/adapter.ts): a process that never requires one never makes it, and
// making it late moves no other wrapper of require().
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

/** The app's markers and the debug log's "made" line, in the order stderr got them. */
function events(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('mark: ') || line.includes('require-in-the-middle made'))
    .map((line) => (line.startsWith('mark: ') ? line.slice(6) : 'RITM made'))
}

forEachNode((node) => {
  describe('require-in-the-middle, made when first needed', () => {
    for (const preload of ['require', 'import'] as const) {
      it(`--${preload}: is not made until a target is required, then hooks it under a wrapper installed since`, () => {
        const r = runNode(node, ['apps/lazy-ritm.cjs'], { preload, bootstrap: 'acme-patches', env: { AUTOWRAPT_DEBUG: '1' } })
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual([])
        expect(events(r.stderr)).toEqual(['before any target', 'after an untargeted package', 'RITM made', 'after the target, patched: hello x (patched)'])
        expect(r.stdout).toBe('agent wrapper still in place: true, saw target: true\n')
        expect(r.hookLines).toContain('[hook:acme] target-cjs commonjs 1.2.3')
      })
    }

    it('is never made by a process that requires no target', () => {
      const r = runNode(node, ['apps/lazy-ritm.cjs', 'no-target'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_DEBUG: '1' } })
      expect(r.code).toBe(0)
      expect(events(r.stderr)).toEqual(['before any target', 'after an untargeted package'])
      expect(r.stdout).toBe('agent wrapper still in place: true, saw target: false\n')
    })
  })
})
