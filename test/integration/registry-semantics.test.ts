import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('post-import hook semantics in a real process', () => {
    it('a hook registered after its target loaded fires at once, with AUTOWRAPT_ALREADY_LOADED; builtins fire silently', () => {
      const r = runNode(node, ['apps/already-loaded.cjs'], { preload: null })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('late patched: true removable after firing: false\nbuiltin patched at once: true\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_ALREADY_LOADED'])
      expect(r.stderr).toMatch(/target-cjs\/index\.js was loaded before hook on "target-cjs" was registered/)
    })

    it('a target loaded before bootstrap gets its hooks late, with AUTOWRAPT_ALREADY_LOADED', () => {
      const r = runNode(node, ['apps/basic.cjs'], {
        preload: null,
        nodeOptions: ['--require', './probes/load-target-first.cjs', '--require', 'autowrapt/register'],
        bootstrap: 'acme-patches',
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_ALREADY_LOADED', 'AUTOWRAPT_ALREADY_LOADED'])
      expect(r.stdout).toContain('hello world (patched) 43')
    })

    it('fires once per module instance: two copies at different paths, and a reload after deleting require.cache', () => {
      const r = runNode(node, ['apps/instances.cjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello a (patched) | old hello b (patched)\nreloaded is new instance: true hello c (patched)\ncached require returns the same: true\n')
      expect(r.hookLines.filter((l) => l.includes(' target-cjs '))).toEqual([
        '[hook:acme] target-cjs commonjs 1.2.3',
        '[hook:acme] target-cjs commonjs 0.9.0',
        '[hook:acme] target-cjs commonjs 1.2.3',
      ])
    })

    it('fires hooks in AUTOWRAPT_BOOTSTRAP order', () => {
      const ab = runNode(node, ['apps/basic.cjs'], { bootstrap: 'order-a,order-b' })
      const ba = runNode(node, ['apps/basic.cjs'], { bootstrap: 'order-b,order-a' })
      expect(ab.hookLines).toEqual(['[hook:order-a] target-cjs', '[hook:order-b] target-cjs'])
      expect(ba.hookLines).toEqual(['[hook:order-b] target-cjs', '[hook:order-a] target-cjs'])
    })

    it('a hook may register hooks and require modules, without deadlock or recursion', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'reentrant-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual([
        '[hook:reentrant] outer start',
        '[hook:reentrant] nested on target-cjs',
        '[hook:reentrant] target-fn',
        '[hook:reentrant] outer end original true',
      ])
    })

    it('a hook that throws warns AUTOWRAPT_HOOK_FAILED; the module loads and other hooks still run', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'throwing-patches,acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello world (patched) 43\nhttp patched: true true\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_HOOK_FAILED'])
      expect(r.stderr).toMatch(/hook "throwing-patches" on "target-cjs" \(throw\.js\) threw at throw\.js:1:32: Error: hook exploded; the module was loaded unpatched by this hook$/m)
    })

    it('AUTOWRAPT_STRICT=1 makes the hook error propagate to the importer', () => {
      const r = runNode(node, ['apps/strict.cjs'], { bootstrap: 'throwing-patches', env: { AUTOWRAPT_STRICT: '1' } })
      expect(r.stdout).toBe('require threw: hook exploded\n')
      expect(r.warnings).toEqual([])
    })

    it('a hook file that fails to load: AUTOWRAPT_HOOK_LOAD_FAILED and the module loads; with AUTOWRAPT_STRICT=1 its error reaches the importer', () => {
      const lenient = runNode(node, ['apps/strict.cjs'], { bootstrap: 'load-broken-patches' })
      expect(lenient.stdout).toBe('loaded\n')
      expect(lenient.warnings).toEqual(['AUTOWRAPT_HOOK_LOAD_FAILED'])
      expect(lenient.stderr).toMatch(/hook file broken\.js of "load-broken-patches" failed to load at broken\.js:2:7: Error: hook file broke while loading/)
      const strict = runNode(node, ['apps/strict.cjs'], { bootstrap: 'load-broken-patches', env: { AUTOWRAPT_STRICT: '1' } })
      expect(strict.stdout).toBe('require threw: hook file broke while loading\n')
      expect(strict.warnings).toEqual([])
    })

    it('hooks of one package on one target fire in declaration order (http and node:http are one target)', () => {
      const r = runNode(node, ['apps/http-spellings.mjs'], { bootstrap: 'http-spellings-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('["first","second"] true true\n')
      expect(r.hookLines).toEqual(['[hook:spellings] first (node:http)', '[hook:spellings] second (http)'])
    })

    it('a hook registered by code after bootstrap fires after the bootstrap hooks (registration order)', () => {
      const r = runNode(node, ['apps/runtime-order.cjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('hello order (patched)\n')
      expect(r.hookLines.filter((l) => / target-cjs( |$)/.test(l))).toEqual(['[hook:acme] target-cjs commonjs 1.2.3', '[hook:runtime] target-cjs'])
    })
  })
})

forEachNode((node) => {
  describe('the cached-require fast path', () => {
    it('forgets what it knew when a target is added: a reloaded module fires the new hook', () => {
      const r = runNode(node, ['apps/fast-path-invalidation.cjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('fired 2\n')
    })
  })
})

forEachNode((node) => {
  describe('modules autowrapt loads for itself', () => {
    it('are not taken for targets the application loaded early (no hook, no warning)', () => {
      const r = runNode(node, ['apps/hello.cjs'], { bootstrap: 'own-deps-patches,acme-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.hookLines.filter((l) => l.includes('own-deps'))).toEqual([])
    })

    // require-in-the-middle, loaded from node_modules at the first require()
    // of a target, loads `debug` (and its `ms`) for itself. The application's
    // own require of debug afterwards is still hooked, once; `ms`, which only
    // debug requires, was never the application's.
    it('but the application\'s own require of the same package is hooked, once', () => {
      const r = runNode(node, ['apps/uses-debug.cjs'], { bootstrap: 'own-deps-patches,acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('function\n')
      expect(r.warnings).toEqual([])
      expect(r.hookLines.filter((l) => l.includes('own-deps'))).toEqual(['[hook:own-deps] debug'])
    })

    it('with DEBUG set as well: the application\'s require of debug is still hooked, once', () => {
      const r = runNode(node, ['apps/uses-debug.cjs'], { bootstrap: 'own-deps-patches,acme-patches', env: { DEBUG: 'nothing-matches' } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('function\n')
      expect(r.warnings).toEqual([])
      expect(r.hookLines.filter((l) => l.includes('own-deps'))).toEqual(['[hook:own-deps] debug'])
    })
  })

  describe('a late hook that returns a replacement', () => {
    it('fires once: the replacement is not taken for a new instance', () => {
      const r = runNode(node, ['apps/fn.cjs'], {
        preload: null,
        nodeOptions: ['--require', './probes/load-fn-first.cjs', '--import', 'autowrapt/register'],
        bootstrap: 'replace-patches',
      })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('replaced:original true\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_ALREADY_LOADED'])
      expect(r.hookLines).toEqual(['[hook:replace] target-fn'])
    })
  })
})
