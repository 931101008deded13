// An ESM target that re-exports a JSON module with
// `export * from './data.json' with { type: 'json' }`. Building its wrapper used
// to load the JSON module without the attribute, and the application crashed
// (ERR_IMPORT_ASSERTION_TYPE_MISSING on Node 20, ERR_IMPORT_ATTRIBUTE_MISSING later).
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('an ESM target with `export *` of a JSON module', () => {
    it('is wrapped and hooked like any other target, with no warning', () => {
      const r = runNode(node, ['apps/esm-json-star.mjs'], { bootstrap: 'cycle-patches' })
      expect(r.stderr).not.toMatch(/ERR_IMPORT_A/)
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('from json (patched)\n')
      expect(r.hookLines).toEqual(['[hook:cycle] json-star module'])
    })

    it('a JSON import without the attribute still fails in the application as it does without autowrapt', () => {
      const plain = runNode(node, ['--input-type=module', '-e', "import './node_modules/json-star/data.json'"], { preload: null })
      const r = runNode(node, ['--input-type=module', '-e', "import './node_modules/json-star/data.json'"], { bootstrap: 'cycle-patches' })
      expect(plain.code).not.toBe(0)
      expect(r.code).toBe(plain.code)
      expect(r.stderr).toMatch(/ERR_IMPORT_(ASSERTION_TYPE|ATTRIBUTE)_MISSING/)
    })
  })
})
