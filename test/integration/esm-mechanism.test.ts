import { describe, expect, it } from 'vitest'
import { forEachEsmNode, hasSyncHooks, itWhen, runNode } from '../helpers/node.js'
import { WATCH_LOADERS as WATCH, probeOf } from '../helpers/probe.js'


forEachEsmNode((node) => {
  const sync = hasSyncHooks(node)
  describe(`hook mechanism on Node ${node.version}`, () => {
    itWhen(sync, `Node ${node.version} has no usable module.registerHooks for import-in-the-middle`, 'uses module.registerHooks in-thread and never module.register (no DEP0205 warning)', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: [...WATCH, '--import', 'autowrapt/register'] })
      expect(r.code).toBe(0)
      expect(probeOf(r.stderr).calls).toEqual({ register: 0, registerHooks: 1 })
      expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0205/)
      expect(r.warnings).toEqual([])
    })

    itWhen(!sync, `Node ${node.version} runs import-in-the-middle in-thread instead`, 'uses module.register once, with the include list, before the application starts', () => {
      const r = runNode(node, ['apps/esm-targets.mjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: [...WATCH, '--require', 'autowrapt/register'] })
      expect(r.code).toBe(0)
      expect(probeOf(r.stderr).calls).toEqual({ register: 1, registerHooks: 0 })
      expect(JSON.parse(r.stdout).named).toBe('hi n (patched)')
    })

    itWhen(sync, `Node ${node.version} loads it on the loader thread instead`, 'loads import-in-the-middle only when an ESM target is first resolved', () => {
      const idle = runNode(node, ['apps/basic.cjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: [...WATCH, '--import', 'autowrapt/register'] })
      expect(idle.code).toBe(0)
      const idleProbe = probeOf(idle.stderr)
      expect(idleProbe.calls).toEqual({ register: 0, registerHooks: 1 })
      expect(idleProbe.libraries.filter((f) => f.startsWith('import-in-the-middle/') && !f.endsWith('supports-sync-hooks.mjs'))).toEqual([])
      const busy = runNode(node, ['apps/esm-targets.mjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: [...WATCH, '--import', 'autowrapt/register'] })
      expect(probeOf(busy.stderr).libraries).toContain('import-in-the-middle/index.js')
    })

    itWhen(!sync, `Node ${node.version} loads it in-thread instead`, 'loads import-in-the-middle on the loader thread only when a target is first resolved there', () => {
      const loaded = /esm: first target resolved: import-in-the-middle loaded on the loader thread/g
      const idle = runNode(node, ['apps/basic.cjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_DEBUG: '1' } })
      expect(idle.code).toBe(0)
      expect(idle.stderr).toMatch(/import-in-the-middle running on the loader thread/)
      expect(idle.stderr.match(loaded)).toBeNull()
      const busy = runNode(node, ['apps/esm-targets.mjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_DEBUG: '1' } })
      expect(busy.code).toBe(0)
      expect(JSON.parse(busy.stdout).named).toBe('hi n (patched)')
      expect(busy.stderr.match(loaded)).toHaveLength(1)
    })

    itWhen(!sync, `Node ${node.version} needs no shared memory (in-thread hooks)`, 'more targets registered at run time than fit in the shared memory: AUTOWRAPT_ESM_UNAVAILABLE for those, and the application carries on', () => {
      const r = runNode(node, ['apps/many-runtime-targets.mjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('registered\n')
      expect(r.warnings.length).toBeGreaterThan(0)
      expect(new Set(r.warnings)).toEqual(new Set(['AUTOWRAPT_ESM_UNAVAILABLE']))
      expect(r.stderr).toMatch(/too many targets to hand to the ESM loader; ESM imports of "some-long-package-name-that-is-never-installed-x+-\d+" will not be hooked/)
    })

    it('starts no ESM loader and loads no hook library when every target is a builtin', () => {
      const r = runNode(node, ['apps/builtin-only.mjs'], { preload: null, bootstrap: 'builtin-only-patches', nodeOptions: [...WATCH, '--import', 'autowrapt/register'] })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('true true function\n')
      const probe = probeOf(r.stderr)
      expect(probe.calls).toEqual({ register: 0, registerHooks: 0 })
      expect(probe.libraries.filter((f) => /in-the-middle/.test(f))).toEqual([])
      expect(r.hookLines).toEqual(['[hook:builtin-only] http', '[hook:builtin-only] fs'])
    })

    it('an ESM target registered at run time, after bootstrap, is hooked on its next import', () => {
      const r = runNode(node, ['apps/runtime-register.mjs'], { bootstrap: 'acme-patches:experimental' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hi late (runtime hook)\n')
      expect(r.hookLines).toEqual(['[hook:runtime] target-esm module'])
    })

    it('an ESM target registered at run time without any bootstrap starts the loader then', () => {
      const r = runNode(node, ['apps/runtime-register.mjs'], { preload: null })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hi late (runtime hook)\n')
    })
  })
})
