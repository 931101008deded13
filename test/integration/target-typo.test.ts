// Issue 26, finding 7: a typo in a hook target ("yamll" with yaml installed)
// gets a did-you-mean in `list`, in `check` and in the run-time report. A
// target the patch package also names is no typo: hooks on both mysql and
// mysql2, with only mysql2 installed, are fine.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

function appWith(hooks: Record<string, string>, extra: Record<string, string | object> = {}) {
  const root = tempDir('target-typo')
  const name = uniqueName('typo-target-patches')
  writeTree(root, {
    'package.json': { name: 'app', private: true },
    'app.cjs': "require('yaml'); console.log('app ran')\n",
    'node_modules/yaml/package.json': { name: 'yaml', version: '2.0.0' },
    'node_modules/yaml/index.js': 'module.exports = {}\n',
    'node_modules/mysql2/package.json': { name: 'mysql2', version: '3.0.0' },
    [`node_modules/${name}/package.json`]: { name, version: '1.0.0', autowrapt: { hooks } },
    [`node_modules/${name}/hook.js`]: 'module.exports = () => {}\n',
    ...extra,
  })
  return { root, name, dir: join(root, 'node_modules', name) }
}

forEachNode((node) => {
  describe('a hook target typo at run time', () => {
    it('the report says the target is not installed and names the installed package it most likely meant', () => {
      const { root, name } = appWith({ yamll: './hook.js' })
      const file = join(root, 'report.jsonl')
      const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name, env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('app ran\n')
      const [report] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      expect(report.entries).toEqual([expect.objectContaining({ target: 'yamll', outcome: 'not-loaded', didYouMean: 'yaml' })])
      const table = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name, env: { AUTOWRAPT_REPORT: '1' } })
      expect(table.stderr).toMatch(/yamll\s+not-loaded\s+not installed; did you mean "yaml"\?/)
    })
  })
})

describe('a hook target typo in the CLI', () => {
  it('list: a problem with the did-you-mean, exit 1', () => {
    const { root, name } = appWith({ yamll: './hook.js' })
    const r = runCli(['list', name], { cwd: root })
    expect(r.stdout).toMatch(/yamll +any version +not installed \(did you mean "yaml"\?\) +hook\.js/)
    expect(r.stdout).toContain(`problem [AUTOWRAPT_CHECK_TARGET_TYPO] package "${name}": autowrapt.hooks.yamll: target "yamll" is not installed here; did you mean "yaml"?`)
    expect(r.code).toBe(1)
  })

  it('list: a target the package also names is not offered (mysql beside mysql2)', () => {
    const { root, name } = appWith({ mysql: './hook.js', mysql2: './hook.js' })
    const r = runCli(['list', name], { cwd: root })
    expect(r.stdout).toMatch(/0 problems\n$/)
    expect(r.code).toBe(0)
  })

  it('check: a target that is not installed next to the package, close to a dependency of it', () => {
    const { dir } = appWith({ yamll: './hook.js' })
    const json = JSON.parse(runCli(['check', '--json', dir]).stdout)
    expect(json.problems).toContainEqual({
      code: 'AUTOWRAPT_CHECK_TARGET_TYPO',
      jsonPath: 'autowrapt.hooks.yamll',
      message: 'target "yamll" is not installed here; did you mean "yaml"?',
    })
  })
})
