import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('declarative tracing: stack traces', () => {
    for (const [label, esm, file, line] of [['CommonJS', undefined, 'traced-cjs/lib/api.js', 53], ['ESM', '1', 'traced-esm/lib/api.js', 52]] as const) {
      it(`${label}: an error thrown in a transformed function points at its original line, with and without a subscriber`, () => {
        const plain = runNode(node, ['apps/tracing-stack.cjs'], { preload: null, env: { TRACE_ESM: esm } })
        expect(plain.stdout.split('\n')[0]).toContain(`(${file}:${line}:`)
        const r = runNode(node, ['apps/tracing-stack.cjs'], { bootstrap: 'tracing-patches', env: { TRACE_ESM: esm } })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        const frames = r.stdout.trim().split('\n')
        expect(frames).toHaveLength(2)
        for (const frame of frames) expect(frame).toMatch(new RegExp(`\\(${file.replace(/[/.]/g, '\\$&')}:${line}:\\d+\\)$`))
      })
    }
  })
})
