import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

// Users of OpenTelemetry pass --loader by habit. autowrapt/loader is only for
// the module.register call autowrapt makes itself: given by hand it must not
// crash, and must say what to use instead.
forEachNode((node) => {
  describe('--loader autowrapt/loader never crashes: one coded line pointing to --import autowrapt/register', () => {
    for (const flag of ['--loader', '--experimental-loader']) {
      for (const bootstrap of [undefined, 'acme-patches']) {
        it(`${flag} autowrapt/loader, AUTOWRAPT_BOOTSTRAP ${bootstrap === undefined ? 'unset' : 'set'}: the application runs unchanged`, () => {
          const plain = runNode(node, ['apps/load-all.cjs'], { preload: null })
          const r = runNode(node, ['apps/load-all.cjs'], { preload: null, bootstrap, nodeOptions: [flag, 'autowrapt/loader'] })
          expect(r.code).toBe(plain.code)
          expect(r.stdout).toBe(plain.stdout)
          expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual(['AUTOWRAPT_LOADER_MISUSE'])
          expect(r.stderr).toContain('--loader autowrapt/loader is not supported; nothing is hooked through it. Use NODE_OPTIONS="--import autowrapt/register"')
          expect(r.stderr).not.toMatch(/TypeError|triggerUncaughtException/)
        })
      }
    }
  })
})
