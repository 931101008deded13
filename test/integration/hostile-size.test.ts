// Issue 26, finding 12: a patch package that declares more hooks than the
// documented limit (MAX_DECLARATIONS) is refused whole, with one coded warning,
// at run time and by `check`; up to the limit, every hook stands. Timing is
// not asserted here: benchmarks/hostile-size.mjs measures the growth.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_DECLARATIONS } from '../../src/core/manifest.js'
import { runCli } from '../helpers/cli.js'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

function packageWith(count: number) {
  const root = tempDir('hostile-size')
  const name = uniqueName('many-patches')
  const hooks: Record<string, string> = { 'node:os': './hook.js' }
  for (let i = 1; i < count; i++) hooks[`target-${i}`] = './hook.js'
  writeTree(root, {
    'package.json': { name: 'app', private: true },
    'app.cjs': "require('node:os'); console.log('app ran')\n",
    [`node_modules/${name}/package.json`]: { name, version: '1.0.0', autowrapt: { hooks } },
    [`node_modules/${name}/hook.js`]: "module.exports = () => { process.stderr.write('[hook:os]\\n') }\n",
  })
  return { root, name, dir: join(root, 'node_modules', name) }
}

forEachNode((node) => {
  describe(`more than ${MAX_DECLARATIONS} hooks in one patch package`, () => {
    it('one over the limit: the whole field is refused with AUTOWRAPT_TOO_MANY_HOOKS, and the application runs', () => {
      const { root, name } = packageWith(MAX_DECLARATIONS + 1)
      const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('app ran\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_TOO_MANY_HOOKS'])
      expect(r.stderr).toContain(`declares ${MAX_DECLARATIONS + 1} hooks and tracing entries, more than the limit of ${MAX_DECLARATIONS}; none of them is used`)
      expect(r.hookLines).toEqual([])
    })

    it('at the limit, every hook stands', () => {
      const { root, name } = packageWith(MAX_DECLARATIONS)
      const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--require', join(ROOT, 'register.cjs')], bootstrap: name, env: { AUTOWRAPT_ESM: '0' } })
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:os]'])
    })
  })
})

describe('autowrapt check on more hooks than the limit', () => {
  it('reports the limit as a problem at "autowrapt"', () => {
    const { dir } = packageWith(MAX_DECLARATIONS + 1)
    const json = JSON.parse(runCli(['check', '--json', dir]).stdout)
    expect(json.problems.map((p: { code: string; jsonPath: string }) => [p.code, p.jsonPath])).toEqual([['AUTOWRAPT_TOO_MANY_HOOKS', 'autowrapt']])
  })
})
