import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('a package.json that starts with a byte-order mark is read, as Node and npm read it', () => {
    it('its hooks are found and fire', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'bom-patches' })
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:bom] target-fn'])
    })
  })
})
