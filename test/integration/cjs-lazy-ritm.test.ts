// require-in-the-middle is made at the first require() that may reach a target
// (src/cjs/adapter.ts): a process that never requires one never loads it, and
// making it late moves no other wrapper of require().
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('require-in-the-middle, made when first needed', () => {
    for (const preload of ['require', 'import'] as const) {
      it(`--${preload}: is not loaded until a target is required, then hooks it under a wrapper installed since`, () => {
        const r = runNode(node, ['apps/lazy-ritm.cjs'], { preload, bootstrap: 'acme-patches' })
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual([])
        expect(r.stdout).toBe(
          [
            'before any target: false',
            'after an untargeted package: false',
            'after the target: true, patched: hello x (patched)',
            'agent wrapper still in place: true, saw target: true',
            '',
          ].join('\n'),
        )
        expect(r.hookLines).toContain('[hook:acme] target-cjs commonjs 1.2.3')
      })
    }

    it('is never loaded by a process that requires no target', () => {
      const r = runNode(node, ['apps/lazy-ritm.cjs', 'no-target'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('before any target: false\nafter an untargeted package: false\nagent wrapper still in place: true, saw target: false\n')
    })
  })
})
