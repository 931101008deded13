import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { reportFile } from '../helpers/tracing.js'

// Issue 27, finding 10: a traced async function was no longer an async
// function (util.types, constructor, Object.prototype.toString), nor a
// generator a generator, and frameworks that pick a calling convention that
// way behaved differently. The app prints what such a framework sees and what
// each call gives; traced, it must print exactly what it prints untraced,
// with and without a subscriber, for the CommonJS and the ES module build.
const EXPECTED = `fetchValue 1 true false AsyncFunction [object AsyncFunction] false | awaited 6
countTo 1 false true GeneratorFunction [object GeneratorFunction] true | iterated 1,2,3
ticks 1 true true AsyncGeneratorFunction [object AsyncGeneratorFunction] true | async-iterated 0,1,2
arrowAsync 1 true false AsyncFunction [object AsyncFunction] false | awaited 4
withDefaults 1 false false Function [object Function] true | called 7
Point 1 false false Function [object Function] true | called [object Object]
load 1 true false AsyncFunction [object AsyncFunction] false | awaited 6
items 0 false true GeneratorFunction [object GeneratorFunction] true | 5,base
Point: {"x":1} true {}
new fetchValue: TypeError
new arrowAsync: TypeError
new load: TypeError
same with a subscriber: true
`

forEachNode((node) => {
  describe('declarative tracing: a traced function keeps its kind', () => {
    for (const [format, esm] of [['CommonJS', undefined], ['ES module', '1']] as const) {
      it(`${format}: kind, name, length, constructor, toString tag and new behave as untraced`, () => {
        const plain = runNode(node, ['apps/tracing-kinds.cjs'], { preload: null, env: { TRACE_ESM: esm } })
        expect(plain.stdout).toBe(`${EXPECTED}events: \n`)
        const report = reportFile()
        const r = runNode(node, ['apps/tracing-kinds.cjs'], { bootstrap: 'tracing-kinds-patches', env: { TRACE_ESM: esm, AUTOWRAPT_REPORT: report.path } })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        // Point(2) without `new` calls `new Point(2)` itself: two starts.
        expect(r.stdout).toBe(`${EXPECTED}events: fetchValue,countTo,ticks,arrowAsync,withDefaults,Point,Point,new,load,items,Point,Point,Point\n`)
        const file = esm ? 'kinds.mjs' : 'kinds.js'
        const outcomes = report.tracing().filter((t) => t.filePath === file)
        expect(outcomes.map((t) => t.outcome)).toEqual(Array(9).fill('applied'))
      })
    }
  })
})
