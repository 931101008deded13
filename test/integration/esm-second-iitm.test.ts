// A second import-in-the-middle copy in the process, as dd-trace (3.x) and
// elastic-apm-node (1.x) ship their own: real copies of majors 1, 2 and 3
// installed under other names (devDependencies iitm-v1, iitm-v2, iitm-v3).
// Both copies mark wrapped URLs `?iitm=true`, so only one wrapper loads per
// module; autowrapt's hooks and the other copy's hooks must both fire anyway.
// The one combination that needs more (Node without module.registerHooks,
// autowrapt registered before a 1.x/2.x copy) is esm-second-iitm-rebuilding.test.ts.
import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, itWhen, runNode, type NodeBin } from '../helpers/node.js'

const COPIES = ['iitm-v1', 'iitm-v2', 'iitm-v3'] as const
const AGENT = './probes/second-iitm.mjs'

function run(node: NodeBin, copy: string, loader: 'register' | 'flag' | 'sync', nodeOptions: string[]) {
  return runNode(node, ['apps/second-iitm-app.mjs'], {
    preload: null,
    nodeOptions,
    bootstrap: 'acme-patches',
    env: { SECOND_IITM: copy, SECOND_IITM_LOADER: loader, AUTOWRAPT_REPORT: '1' },
  })
}

function expectBothFired(r: ReturnType<typeof runNode>, copy: string) {
  expect(r.code).toBe(0)
  expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual([])
  // Both wrappers ran on each call (nested in the order their hooks fired).
  expect(r.stdout).toMatch(new RegExp(`^hi e \\((patched|${copy})\\) \\((patched|${copy})\\) \\| hello c \\((patched|${copy})\\) \\((patched|${copy})\\)\\n$`))
  expect(r.stdout.match(/\(patched\)/g)).toHaveLength(2)
  expect(r.hookLines).toEqual(expect.arrayContaining([
    '[hook:acme] target-esm module 2.0.0',
    '[hook:acme] target-cjs commonjs 1.2.3',
    `[hook:${copy}] target-esm`,
    `[hook:${copy}] target-cjs`,
  ]))
  expect(r.stderr).toMatch(/^acme-patches\s+target-esm\s+fired/m)
  expect(r.stderr).toMatch(/^acme-patches\s+target-cjs\s+fired/m)
}

forEachNode((node) => {
  describe('a second import-in-the-middle copy', () => {
    for (const copy of COPIES) {
      it(`${copy} registered with module.register before autowrapt: both copies' hooks fire`, () => {
        expectBothFired(run(node, copy, 'register', ['--import', AGENT, '--import', 'autowrapt/register']), copy)
      })

      // On Node 20 this is the rebuilding case for 1.x and 2.x (see the other file).
      itWhen(hasSyncHooks(node) || copy === 'iitm-v3', 'covered by esm-second-iitm-rebuilding.test.ts',
        `${copy} registered with module.register after autowrapt: both copies' hooks fire`, () => {
          expectBothFired(run(node, copy, 'register', ['--import', 'autowrapt/register', '--import', AGENT]), copy)
        })

      it(`${copy} given as --experimental-loader: both copies' hooks fire`, () => {
        expectBothFired(run(node, copy, 'flag', ['--experimental-loader', `${copy}/hook.mjs`, '--import', 'autowrapt/register', '--import', AGENT]), copy)
      })
    }

    for (const order of ['before', 'after'] as const) {
      itWhen(hasSyncHooks(node), 'no usable module.registerHooks on this Node',
        `iitm-v3 registered in-thread (register-hooks.mjs) ${order} autowrapt: both copies' hooks fire`, () => {
          const imports = order === 'before' ? ['--import', AGENT, '--import', 'autowrapt/register'] : ['--import', 'autowrapt/register', '--import', AGENT]
          expectBothFired(run(node, 'iitm-v3', 'sync', imports), 'iitm-v3')
        })
    }
  })
})
