import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('declarative tracing: cost when nobody listens', () => {
    for (const [label, esm] of [['CommonJS', undefined], ['ESM', '1']] as const) {
      it(`${label}: a traced function runs its original body exactly once per call, with and without a subscriber`, () => {
        const r = runNode(node, ['apps/tracing-once.cjs'], { bootstrap: 'tracing-patches', env: { TRACE_ESM: esm } })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        // On the module.register path an ES module is transformed on the loader thread, never here.
        const transformerHere = esm === undefined || hasSyncHooks(node)
        expect(JSON.parse(r.stdout)).toEqual({ withoutSubscriber: 1, withSubscriber: 1, events: 1, transformerLoaded: transformerHere, tracingAdapterLoaded: true })
      })
    }

    it('a process whose patch packages declare no tracing entries never loads the tracing adapter or the transformer', () => {
      const r = runNode(node, ['apps/tracing-once.cjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toEqual({ withoutSubscriber: 1, withSubscriber: 1, events: 0, transformerLoaded: false, tracingAdapterLoaded: false })
    })
  })
})
