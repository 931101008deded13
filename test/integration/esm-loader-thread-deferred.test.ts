import { describe, expect } from 'vitest'
import { forEachEsmNode, hasSyncHooks, itWhen, runNode } from '../helpers/node.js'
import { WATCH_LOADERS as WATCH, probeOf } from '../helpers/probe.js'

// On a Node without usable module.registerHooks, with AUTOWRAPT_ESM=deferred, a
// process whose entry point is CommonJS starts the module.register loader
// thread only before the first module that may load ESM
// (src/esm/deferred-start.ts). Without it the thread starts at bootstrap.
forEachEsmNode((node) => {
  const thread = !hasSyncHooks(node)
  const why = `Node ${node.version} hooks ESM in-thread: no loader thread to defer`
  const run = (app: string, nodeOptions: string[] = [], env: Record<string, string> = {}) =>
    runNode(node, [app], {
      preload: null,
      bootstrap: 'acme-patches',
      nodeOptions: [...WATCH, ...nodeOptions, '--import', 'autowrapt/register'],
      env: { AUTOWRAPT_ESM: 'deferred', ...env },
    })

  describe('the loader thread of a CommonJS process', () => {
    itWhen(thread, why, 'never starts when no module may load ESM, and the CommonJS and builtin hooks fire', () => {
      const r = run('apps/basic.cjs')
      expect(r.code).toBe(0)
      expect(probeOf(r.stderr).calls).toEqual({ register: 0, registerHooks: 0 })
      expect(r.stdout).toBe('hello world (patched) 43\nhttp patched: true true\n')
      expect(r.warnings).toEqual([])
    })

    itWhen(thread, why, 'starts before a module with import() runs, and the ESM targets it imports are hooked', () => {
      const r = run('apps/load-all.cjs')
      expect(r.code).toBe(3)
      expect(probeOf(r.stderr).calls).toEqual({ register: 1, registerHooks: 0 })
      expect(r.stdout).toMatch(/^esm: hi y \(patched\) deep \(patched\)$/m)
      expect(r.hookLines).toEqual(expect.arrayContaining(['[hook:acme] target-esm module 2.0.0', '[hook:acme] target-esm/lib/deep.js module 2.0.0']))
    })

    itWhen(thread, why, 'is not started by loading import-in-the-middle (whose source mentions import()), but by the module that imports', () => {
      const r = run('apps/iitm-then-import.cjs')
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(probeOf(r.stderr).calls).toEqual({ register: 1, registerHooks: 0 })
      expect(r.stdout).toBe('hi i (patched)\n')
    })

    itWhen(thread, why, 'starts at bootstrap without AUTOWRAPT_ESM=deferred (the default)', () => {
      const r = runNode(node, ['apps/basic.cjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: [...WATCH, '--import', 'autowrapt/register'] })
      expect(r.code).toBe(0)
      expect(probeOf(r.stderr).calls).toEqual({ register: 1, registerHooks: 0 })
    })

    itWhen(thread, why, 'starts at bootstrap when a module loaded before it may import ESM later, and its imports are hooked', () => {
      const r = run('apps/basic.cjs', ['--require', './probes/late-import.cjs'])
      expect(r.code).toBe(0)
      expect(probeOf(r.stderr).calls).toEqual({ register: 1, registerHooks: 0 })
      expect(r.stdout).toMatch(/^late: hi l \(patched\)$/m)
    })

    itWhen(thread, why, 'starts at bootstrap when another --import preload may load ES modules', () => {
      const r = run('apps/basic.cjs', ['--import', './probes/any-module.mjs'])
      expect(r.code).toBe(0)
      expect(probeOf(r.stderr).calls).toEqual({ register: 1, registerHooks: 0 })
    })
  })
})
