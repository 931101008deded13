import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { WATCH_LOADERS, probeOf } from '../helpers/probe.js'

forEachNode((node) => {
  describe('with AUTOWRAPT_BOOTSTRAP unset or empty, only the register entry loads', () => {
    for (const bootstrap of [undefined, '', ' , ']) {
      for (const preload of ['require', 'import'] as const) {
        it(`--${preload}, AUTOWRAPT_BOOTSTRAP=${JSON.stringify(bootstrap)}: no hook library, no loader, no hooks`, () => {
          const r = runNode(node, ['apps/hello.mjs'], {
            preload: null,
            bootstrap,
            nodeOptions: [...WATCH_LOADERS, `--${preload}`, 'autowrapt/register'],
          })
          expect(r.code).toBe(0)
          expect(r.stdout).toBe('hello from the esm app\n')
          const probe = probeOf(r.stderr)
          expect(probe.calls).toEqual({ register: 0, registerHooks: 0 })
          // The probe sees autowrapt's own files (register.cjs, under --import too), and nothing else of it.
          expect(probe.own).toEqual(['register.cjs'])
          expect(probe.libraries).toEqual([])
        })
      }
    }

    it('loads the library and the hook libraries once AUTOWRAPT_BOOTSTRAP names a patch package (the probe works)', () => {
      const r = runNode(node, ['apps/basic.mjs'], {
        preload: null,
        bootstrap: 'acme-patches',
        nodeOptions: [...WATCH_LOADERS, '--import', 'autowrapt/register'],
      })
      expect(r.code).toBe(0)
      const probe = probeOf(r.stderr)
      expect(probe.calls.register + probe.calls.registerHooks).toBe(1)
      expect(probe.own).toContain('dist/runtime.js')
      // Every dependency is the installed copy, loaded from node_modules.
      expect(probe.libraries.some((f) => f.startsWith('import-in-the-middle/'))).toBe(true)
      expect(probe.libraries).toContain('require-in-the-middle/index.js')
    })
  })
})
