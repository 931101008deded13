import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('declarative tracing: dual packages', () => {
    it('traces the ESM build (import) and the CommonJS build (require), each named by its own entry', () => {
      const r = runNode(node, ['apps/tracing-dual.mjs'], { bootstrap: 'tracing-patches', env: { TRACE_CHANNELS: 'orchestrion:traced-dual:greet' } })
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(`[trace] orchestrion:traced-dual:greet start args=["import"]
[trace] orchestrion:traced-dual:greet end result="hello import (esm)"
hello import (esm)
[trace] orchestrion:traced-dual:greet start args=["require"]
[trace] orchestrion:traced-dual:greet end result="hello require (cjs)"
hello require (cjs)
`)
    })
  })
})
