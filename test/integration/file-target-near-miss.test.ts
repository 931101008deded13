import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

// require-in-the-middle names `pkg/lib/x.js` and `pkg/lib/x/index.js` alike
// (`pkg/lib/x`); a hook on the file must fire on that file only.
forEachNode((node) => {
  describe('a file target next to a directory of the same stem', () => {
    it('a hook on near-miss/lib/x.js fires on that file, not on near-miss/lib/x/index.js', () => {
      const r = runNode(node, ['apps/near-miss.cjs'], { bootstrap: 'near-miss-patches' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('lib/x/index.js | lib/x.js (patched)\n')
      expect(r.hookLines).toEqual(['[hook:near-miss] near-miss/lib/x.js near-miss/lib/x.js'])
    })
  })
})
