import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('the wrapping toolkit end to end, through the loader', () => {
    it('wrap works on an ESM namespace, wrapFunction on CommonJS exports and a builtin; a second wrap is refused', () => {
      const r = runNode(node, ['apps/wrap-e2e.mjs'], { bootstrap: 'wrap-patches' })
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toEqual({
        esm: '[wrapped] hi a',
        sameThroughNamespace: true,
        name: 'greet',
        length: 1,
        isWrapped: true,
        cjs: '[wf] hello b',
        cjsName: 'greet',
        builtin: 'FILE.TXT',
      })
      expect(r.warnings).toEqual(['AUTOWRAPT_DOUBLE_WRAP'])
      expect(r.hookLines).toEqual(['[hook:wrap] esm greet wrapped=true'])
    })
  })
})
