// A start loads only the mechanisms its patch packages use (scripts/bundle.mjs
// splits the runtime): the core always, the ESM adapter with the first package
// or file target, declarative tracing with the first `tracing` entry, the
// report only when asked for, and the wrapping toolkit only when a hook
// requires it. The probe lists the files of autowrapt that loaded.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { WATCH_LOADERS, probeOf } from '../helpers/probe.js'

const LAZY = ['dist/esm/adapter.js', 'dist/tracing/adapter.js', 'dist/report/report.js', 'dist/wrap/wrap.js']
const lazyLoaded = (own: string[]): string[] => LAZY.filter((file) => own.includes(file))

forEachNode((node) => {
  describe('a start loads only what its patch packages use', () => {
    it('builtin targets only: the core alone, no hook library', () => {
      const r = runNode(node, ['apps/builtins.cjs'], { preload: 'require', bootstrap: 'builtin-only-patches', nodeOptions: WATCH_LOADERS })
      expect(r.code).toBe(0)
      const probe = probeOf(r.stderr)
      expect(probe.own).toContain('dist/runtime.js')
      expect(lazyLoaded(probe.own)).toEqual([])
      expect(probe.libraries).toEqual([])
    })

    it('package targets: the ESM adapter too, but neither tracing, the report nor the toolkit', () => {
      const r = runNode(node, ['apps/basic.cjs'], { preload: 'require', bootstrap: 'acme-patches', nodeOptions: WATCH_LOADERS })
      expect(r.code).toBe(0)
      expect(r.hookLines).toContain('[hook:acme] target-cjs commonjs 1.2.3')
      expect(lazyLoaded(probeOf(r.stderr).own)).toEqual(['dist/esm/adapter.js'])
    })

    it('AUTOWRAPT_REPORT set: the report loads', () => {
      const r = runNode(node, ['apps/basic.cjs'], { preload: 'require', bootstrap: 'acme-patches', nodeOptions: WATCH_LOADERS, env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      expect(lazyLoaded(probeOf(r.stderr).own)).toEqual(['dist/esm/adapter.js', 'dist/report/report.js'])
    })

    it('a tracing entry: declarative tracing loads', () => {
      const r = runNode(node, ['apps/tracing-once.cjs'], { preload: 'require', bootstrap: 'tracing-patches', nodeOptions: WATCH_LOADERS })
      expect(r.code).toBe(0)
      expect(lazyLoaded(probeOf(r.stderr).own)).toContain('dist/tracing/adapter.js')
      expect(lazyLoaded(probeOf(r.stderr).own)).not.toContain('dist/report/report.js')
    })
  })
})
