import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

// Node loads the CommonJS files an ESM entry imports through Module._load by
// file name, the same call it makes for a require() inside loader-evaluated
// CommonJS; only the latter is a hook target's instance that no require() shows.
forEachNode((node) => {
  describe('a package whose ESM entry imports its own CommonJS', () => {
    it('imported: the hook fires once, on the ESM entry', () => {
      const r = runNode(node, ['apps/esm-wrapper.mjs'], { bootstrap: 'wrapper-patches' })
      expect(r.warnings).toEqual([])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello w (patched)\n')
      expect(r.hookLines).toEqual(['[hook:wrapper] target-esm-wrapper module'])
    })
  })
})
