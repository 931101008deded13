import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

function probeOf(stderr: string): { calls: { register: number; registerHooks: number }; loaded: string[] } {
  const line = stderr.split('\n').find((l) => l.startsWith('[probe] '))
  if (!line) throw new Error(`no probe output in:\n${stderr}`)
  return JSON.parse(line.slice(8))
}

forEachNode((node) => {
  describe('with AUTOWRAPT_BOOTSTRAP unset or empty, only the register entry loads', () => {
    for (const bootstrap of [undefined, '', ' , ']) {
      for (const preload of ['require', 'import'] as const) {
        it(`--${preload}, AUTOWRAPT_BOOTSTRAP=${JSON.stringify(bootstrap)}: no hook library, no loader, no hooks`, () => {
          const r = runNode(node, ['apps/hello.mjs'], {
            preload: null,
            bootstrap,
            nodeOptions: ['--require', './probes/watch-loaders.cjs', `--${preload}`, 'autowrapt/register'],
          })
          expect(r.code).toBe(0)
          expect(r.stdout).toBe('hello from the esm app\n')
          const probe = probeOf(r.stderr)
          expect(probe.calls).toEqual({ register: 0, registerHooks: 0 })
          expect(probe.loaded.filter((f) => f !== 'autowrapt/register.cjs')).toEqual([])
        })
      }
    }

    it('loads the hook libraries once AUTOWRAPT_BOOTSTRAP names a patch package (the probe works)', () => {
      const r = runNode(node, ['apps/basic.mjs'], {
        preload: null,
        bootstrap: 'acme-patches',
        nodeOptions: ['--require', './probes/watch-loaders.cjs', '--import', 'autowrapt/register'],
      })
      expect(r.code).toBe(0)
      const probe = probeOf(r.stderr)
      expect(probe.calls.register + probe.calls.registerHooks).toBe(1)
      expect(probe.loaded.some((f) => f.startsWith('require-in-the-middle/'))).toBe(true)
      expect(probe.loaded).toContain('autowrapt/dist/runtime.js')
    })
  })
})
