import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('`export let` live bindings', () => {
    const plain = runNode(node, ['apps/live-binding.mjs'], { preload: null })

    it('behave exactly as without autowrapt when the module is not a target (it is never wrapped)', () => {
      expect(plain.stdout).toBe('{"before":0,"after":2}\n')
      const r = runNode(node, ['apps/live-binding.mjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(plain.stdout)
    })

    it('are lost when the module IS a target: import-in-the-middle copies exports (nodejs/import-in-the-middle#38); pinned here', () => {
      const r = runNode(node, ['apps/live-binding.mjs'], { bootstrap: 'shapes-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('{"before":0,"after":0}\n')
    })
  })
})
