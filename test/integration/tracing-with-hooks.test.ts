import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('declarative tracing beside hooks and other loaders', () => {
    for (const [label, esm, module, format] of [['CommonJS', undefined, 'traced-cjs', 'commonjs'], ['ESM', '1', 'traced-esm', 'module']] as const) {
      it(`${label}: a hook and a tracing entry on the same module both apply (the hook wraps the traced function)`, () => {
        const r = runNode(node, ['apps/tracing-hooked.cjs'], { bootstrap: 'tracing-hooked-patches', env: { TRACE_ESM: esm, TRACE_CHANNELS: `orchestrion:${module}:add` } })
        expect(r.warnings).toEqual([])
        expect(r.code).toBe(0)
        expect(r.hookLines).toEqual([`[hook:tracing-hooked] ${module} ${format}`])
        expect(r.stdout).toBe(`[trace] orchestrion:${module}:add start args=[1,2]\n[trace] orchestrion:${module}:add end result=3\nadd 30\ndouble 4\n`)
      })
    }

    it("ESM: OpenTelemetry's own import-in-the-middle loader wraps the traced module too: both apply", () => {
      const r = runNode(node, ['apps/tracing-hooked.cjs'], {
        preload: null,
        nodeOptions: ['--import', './probes/otel-traced.mjs', '--import', 'autowrapt/register'],
        bootstrap: 'tracing-patches',
        env: { TRACE_ESM: '1', TRACE_CHANNELS: 'orchestrion:traced-esm:double' },
      })
      expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual([])
      expect(r.code).toBe(0)
      expect(r.hookLines).toEqual(['[hook:otel] traced-esm'])
      expect(r.stdout).toBe('add 3\n[trace] orchestrion:traced-esm:double start args=[2]\n[trace] orchestrion:traced-esm:double end result=4\ndouble 4.5\n')
    })
  })
})
