import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('user worker threads get the hooks, whichever way autowrapt is preloaded', () => {
    for (const preload of ['require', 'import', 'both'] as const) {
      it(`--${preload === 'both' ? 'require and --import' : preload} autowrapt/register: hooks apply in the main thread and in a worker`, () => {
        const plain = runNode(node, ['apps/worker-hooks.cjs'], { preload: null })
        expect(plain.stdout).toBe('main: false worker: false\n')
        const r = runNode(node, ['apps/worker-hooks.cjs'], { preload, bootstrap: 'acme-patches' })
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual([])
        expect(r.stdout).toBe('main: true worker: true\n')
      })
    }
  })
})
