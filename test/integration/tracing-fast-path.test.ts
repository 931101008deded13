import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

// Issue 27, finding 12: with no subscriber, code-transformer's wrapper built
// an argument array, a context and two closures, then called the original
// through them. autowrapt's post-pass checks for subscribers first and runs
// the original body in place: the function's own frame is called straight
// from its caller. (What that costs is measured by benchmarks/wrap-call.mjs --tracing.)
forEachNode((node) => {
  describe('declarative tracing: no subscriber, no wrapper', () => {
    it('a traced function with no subscriber runs in place, called by its caller; with one, through the wrapper', () => {
      const r = runNode(node, ['apps/tracing-frames.cjs'], { bootstrap: 'tracing-kinds-patches' })
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      const [without, withSubscriber] = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as string[])
      expect(without).toEqual(['frames', 'app'])
      expect(withSubscriber).not.toEqual(['frames', 'app'])
    })
  })
})
