// Subscriber code in a patch package needs no new field (docs/opentelemetry.md,
// "Subscriber code in a patch package"): a hook on node:diagnostics_channel
// runs once per thread before the first event of the package's tracing
// entries, gated by AUTOWRAPT_BOOTSTRAP, reported, and isolated like any hook.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('a patch package ships its own diagnostics_channel subscriber as a hook on node:diagnostics_channel', () => {
    for (const [app, lib] of [['apps/otel/parse-twice.cjs', 'otel-demo-lib'], ['apps/otel/parse-twice.mjs', 'otel-demo-esm']] as const) {
      it(`${app}: the subscriber is installed once and sees every call`, () => {
        const r = runNode(node, [app], { bootstrap: 'otel-subscriber-patches' })
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual([])
        expect(r.stdout).toBe('[{"text":"one","length":3},{"text":"two","length":3}]\n')
        expect(r.hookLines).toEqual(['[hook subscriber] installed', `[hook subscriber] ${lib} parse("one")`, `[hook subscriber] ${lib} parse("two")`])
      })
    }

    it('a subscriber that throws is reported and the application runs unchanged', () => {
      const r = runNode(node, ['apps/otel/parse-twice.cjs'], { bootstrap: 'otel-subscriber-patches', env: { SUBSCRIBER_THROWS: '1', AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_HOOK_FAILED'])
      expect(r.stdout).toBe('[{"text":"one","length":3},{"text":"two","length":3}]\n')
      expect(r.stderr).toMatch(/^otel-subscriber-patches\s+diagnostics_channel\s+failed\s+builtin: Error: subscriber broke/m)
    })

    it('without its name in AUTOWRAPT_BOOTSTRAP nothing of it runs', () => {
      const r = runNode(node, ['apps/otel/parse-twice.cjs'], { bootstrap: '' })
      expect(r.stderr).toBe('')
      expect(r.stdout).toBe('[{"text":"one","length":3},{"text":"two","length":3}]\n')
    })
  })
})
