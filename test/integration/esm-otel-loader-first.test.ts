// OpenTelemetry's import-in-the-middle loader registered before autowrapt, with
// modules imported in between: import-in-the-middle replays what it already
// wrapped to autowrapt's new subscription, synchronously, while autowrapt is
// still starting its loader. On Node 20 that crashed the application
// ("Cannot access 'loader' before initialization", issue 12 item 1).
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const PATCHED = '{"named":"hi n (patched)","namespace":"hi ns (patched)","dynamic":"hi d (patched)","default":"main","deepViaPackage":"deep (patched)","deepDirect":"deep (patched)"}\n'
const autowraptWarnings = (warnings: string[]) => warnings.filter((w) => w.startsWith('AUTOWRAPT'))

forEachNode((node) => {
  describe("OpenTelemetry's import-in-the-middle loader registered before autowrapt", () => {
    it('a module imported between the two: the application runs and every hook fires', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], {
        preload: null,
        nodeOptions: ['--import', './probes/otel-hook-only.mjs', '--import', './probes/any-module.mjs', '--import', 'autowrapt/register'],
        bootstrap: 'acme-patches',
      })
      expect(r.stderr).not.toMatch(/ReferenceError|before initialization/)
      expect(r.code).toBe(0)
      expect(autowraptWarnings(r.warnings)).toEqual([])
      expect(r.stdout).toBe(PATCHED)
      expect(r.hookLines).toContain('[hook:acme] target-esm module 2.0.0')
    })

    it('a target imported between the two: its hooks fire late, with AUTOWRAPT_ALREADY_LOADED, and the report says loaded-before-bootstrap', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], {
        preload: null,
        nodeOptions: ['--import', './probes/otel-hook-only.mjs', '--import', './probes/import-target-first.mjs', '--import', 'autowrapt/register'],
        bootstrap: 'acme-patches',
        env: { AUTOWRAPT_REPORT: '1' },
      })
      expect(r.stderr).not.toMatch(/ReferenceError|before initialization/)
      expect(r.code).toBe(0)
      expect(autowraptWarnings(r.warnings)).toEqual(['AUTOWRAPT_ALREADY_LOADED', 'AUTOWRAPT_ALREADY_LOADED'])
      expect(JSON.parse(r.stdout).named).toBe('hi n (patched)')
      expect(r.hookLines).toContain('[hook:acme] target-esm module 2.0.0')
      expect(r.stderr).toMatch(/^acme-patches\s+target-esm\s+loaded-before-bootstrap/m)
    })
  })
})
