import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { channels } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: invalid entries', () => {
    it('each invalid entry gets AUTOWRAPT_INVALID_TRACING with its JSON path; the valid entry beside them still traces', () => {
      const r = runNode(node, ['apps/tracing-shapes.cjs'], { bootstrap: 'tracing-invalid-patches', env: { TRACE_CHANNELS: channels('traced-cjs', ['add']) } })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(Array(6).fill('AUTOWRAPT_INVALID_TRACING'))
      for (const path of [
        'autowrapt.tracing[1].functionQuery.kind: kind is required',
        'autowrapt.tracing[2].module.filePath: filePath "../outside.js" escapes its package',
        'autowrapt.tracing[3].functionQuery: name exactly one of',
        'autowrapt.tracing[4].transform: unknown property "transform" (custom transforms are code',
        'autowrapt.tracing[5].functionQuery.kind: kind must be',
        'autowrapt.tracing[6]: a tracing entry must be an object',
      ]) expect(r.stderr).toContain(path)
      expect(r.stdout).toContain('[trace] orchestrion:traced-cjs:add start args=[1,2]\n[trace] orchestrion:traced-cjs:add end result=3\nadd 3\n')
    })
  })
})
