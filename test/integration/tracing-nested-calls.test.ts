// Issue 27, item 6: kind Auto on a self-recursive function (undici's
// request(opts) calls request(opts, callback)) publishes two starts per call;
// trackNestedCalls tells the inner one apart, whichever subscribed first.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const EXPECTED = [
  // request({ path: '/a' }) without a callback: the promise-path call, and the call it makes with its own callback.
  'start /a promise nested=false',
  'start /a callback nested=true',
  'asyncEnd /a callback nested=true',
  'asyncEnd /a promise nested=false',
  'response /a',
  'start /b callback nested=false',
  'response /b',
  // Called from /b's callback: a call of its own, not nested.
  'start /c callback nested=false',
  'asyncEnd /b callback nested=false',
  'response /c',
  'asyncEnd /c callback nested=false',
]

forEachNode((node) => {
  describe('declarative tracing: nested calls on one channel', () => {
    for (const trackerFirst of ['0', '1']) {
      it(`two starts for one promise-style call; trackNestedCalls marks the inner one nested, and a call from a callback is not (tracker subscribed ${trackerFirst === '1' ? 'first' : 'last'})`, () => {
        const r = runNode(node, ['apps/tracing-recursive.cjs'], { bootstrap: 'tracing-outcomes-patches:recursive', env: { TRACKER_FIRST: trackerFirst } })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        expect(r.stdout).toBe(EXPECTED.join('\n') + '\n')
      })
    }
  })
})
