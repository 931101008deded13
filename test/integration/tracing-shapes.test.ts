import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { channels } from '../helpers/tracing.js'

// The events each function shape publishes, in order, interleaved with the
// application's own output (apps/tracing-shapes.cjs).
const expected = (m: string) => `[trace] orchestrion:${m}:add start args=[1,2]
[trace] orchestrion:${m}:add end result=3
add 3
[trace] orchestrion:${m}:fetchValue start args=[4]
[trace] orchestrion:${m}:fetchValue end
[trace] orchestrion:${m}:fetchValue asyncStart
[trace] orchestrion:${m}:fetchValue asyncEnd result=8
fetchValue 8
[trace] orchestrion:${m}:fetchValue start args=[-1]
[trace] orchestrion:${m}:fetchValue end
[trace] orchestrion:${m}:fetchValue error error=Error(negative)
[trace] orchestrion:${m}:fetchValue asyncStart
[trace] orchestrion:${m}:fetchValue asyncEnd
fetchValue rejected negative
[trace] orchestrion:${m}:readLater start args=[1,null]
[trace] orchestrion:${m}:readLater end
[trace] orchestrion:${m}:readLater asyncStart
readLater null 2
[trace] orchestrion:${m}:readLater asyncEnd result=2
[trace] orchestrion:${m}:readLater start args=[-1,null]
[trace] orchestrion:${m}:readLater end
[trace] orchestrion:${m}:readLater error error=Error(negative)
[trace] orchestrion:${m}:readLater asyncStart
readLater error negative
[trace] orchestrion:${m}:readLater asyncEnd
[trace] orchestrion:${m}:double start args=[5]
[trace] orchestrion:${m}:double end result=10
double 10
[trace] orchestrion:${m}:store-create start args=[10]
[trace] orchestrion:${m}:store-new start args=[10]
[trace] orchestrion:${m}:store-new end result=undefined
[trace] orchestrion:${m}:store-create end result={"n":10}
[trace] orchestrion:${m}:store-get start args=[1]
[trace] orchestrion:${m}:store-get end result=11
[trace] orchestrion:${m}:store-secret start args=[]
[trace] orchestrion:${m}:store-secret end result=42
get 11 reveal 42 size 10
[trace] orchestrion:${m}:run-second start args=[]
[trace] orchestrion:${m}:run-second end result="second"
run first second
[trace] orchestrion:${m}:maybeLater start args=[7]
[trace] orchestrion:${m}:maybeLater end
[trace] orchestrion:${m}:maybeLater asyncStart
[trace] orchestrion:${m}:maybeLater asyncEnd result=7
maybeLater promise 7
[trace] orchestrion:${m}:maybeLater start args=[8,null]
[trace] orchestrion:${m}:maybeLater end
[trace] orchestrion:${m}:maybeLater asyncStart
maybeLater callback null 8
[trace] orchestrion:${m}:maybeLater asyncEnd result=8
[trace] orchestrion:${m}:handler start args=[1]
[trace] orchestrion:${m}:handler end result=101
handler 101
`

const untraced = `add 3
fetchValue 8
fetchValue rejected negative
readLater null 2
readLater error negative
double 10
get 11 reveal 42 size 10
run first second
maybeLater promise 7
maybeLater callback null 8
handler 101
`

forEachNode((node) => {
  describe('declarative tracing: every function shape publishes TracingChannel events', () => {
    for (const [label, module, esm] of [['CommonJS', 'traced-cjs', undefined], ['ESM', 'traced-esm', '1']] as const) {
      it(`${label}: function declaration, async, callback, auto (promise and callback), arrow expression, class method (instance, static, private), constructor, object method by index, astQuery`, () => {
        const r = runNode(node, ['apps/tracing-shapes.cjs'], { bootstrap: 'tracing-patches', env: { TRACE_CHANNELS: channels(module), TRACE_ESM: esm } })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        expect(r.stdout).toBe(expected(module))
      })

      it(`${label}: the application's output is unchanged by tracing without subscribers, and with AUTOWRAPT_BOOTSTRAP unset`, () => {
        for (const bootstrap of ['tracing-patches', undefined]) {
          const r = runNode(node, ['apps/tracing-shapes.cjs'], { bootstrap, env: { TRACE_ESM: esm } })
          expect(r.stderr).toBe('')
          expect(r.code).toBe(0)
          expect(r.stdout).toBe(untraced)
        }
      })
    }
  })
})
