// Issue 26, finding 10: each report names its process (script, pid, main
// thread or not), and a package manager's own process (`npm start` starts npm,
// which starts the application) is not the application: autowrapt stays off in
// it and says so in one line, so `npm start` prints one report, the app's.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

function appWithPatch() {
  const root = tempDir('report-process')
  const name = uniqueName('process-patches')
  writeTree(root, {
    'package.json': { name: 'app', private: true, scripts: { start: 'node app.cjs' } },
    'app.cjs': "require('node:os'); console.log('app ran')\n",
    // What npm's bin/npm-cli.js does for `npm start`, reduced: start the app as a child.
    'fake/npm/bin/npm-cli.js': "require('node:child_process').spawnSync(process.execPath, ['app.cjs'], { stdio: 'inherit' })\n",
    [`node_modules/${name}/package.json`]: { name, version: '1.0.0', autowrapt: { hooks: { 'node:os': './hook.js' } } },
    [`node_modules/${name}/hook.js`]: "module.exports = () => { process.stderr.write('[hook:os] pid ' + process.pid + '\\n') }\n",
  })
  return { root, name }
}

forEachNode((node) => {
  describe('reports name their process', () => {
    it('the JSON report and the table carry the script, the pid and whether it is the main thread', () => {
      const { root, name } = appWithPatch()
      const file = join(root, 'report.jsonl')
      const preload = { cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name } as const
      runNode(node, ['app.cjs'], { ...preload, env: { AUTOWRAPT_REPORT: file } })
      const [report] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      expect(report).toMatchObject({ script: join(root, 'app.cjs'), mainThread: true, threadId: 0 })
      const r = runNode(node, ['app.cjs'], { ...preload, env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.stderr).toMatch(new RegExp(`^autowrapt report: ${join(root, 'app.cjs').replaceAll('.', '\\.')} \\(pid \\d+, main thread\\), node v`, 'm'))
    })

    it('a package manager\'s process (npm-cli.js) is not the application: no hooks there, one line, and one report: the app\'s', () => {
      const { root, name } = appWithPatch()
      const r = runNode(node, ['fake/npm/bin/npm-cli.js'], {
        cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name, env: { AUTOWRAPT_REPORT: '1' },
      })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('app ran\n')
      expect(r.stderr).toMatch(/^autowrapt: pid \d+ is npm \(.*fake\/npm\/bin\/npm-cli\.js\), a package manager, not the application: autowrapt is off in it$/m)
      expect(r.stderr.match(/^autowrapt report:/gm)).toHaveLength(1)
      expect(r.stderr).toMatch(/^autowrapt report: .*app\.cjs \(pid \d+, main thread\)/m)
      expect(r.hookLines).toHaveLength(1)
    })

    it('without a report asked for, a package manager\'s process says nothing', () => {
      const { root, name } = appWithPatch()
      const r = runNode(node, ['fake/npm/bin/npm-cli.js'], { cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name })
      expect(r.stderr.split('\n').filter((l) => l.startsWith('autowrapt'))).toEqual([])
      expect(r.hookLines).toHaveLength(1)
    })
  })
})

describe('NODE_OPTIONS=... npm start, with the real npm', () => {
  it('prints the application\'s report only, and one line for npm', () => {
    const { root, name } = appWithPatch()
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_OPTIONS: `--import ${join(ROOT, 'register.cjs')}`, AUTOWRAPT_BOOTSTRAP: name, AUTOWRAPT_REPORT: '1' }
    const r = spawnSync('npm', ['start', '--silent'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('app ran\n')
    expect(r.stderr).toMatch(/^autowrapt: pid \d+ is npm \(.*\), a package manager, not the application: autowrapt is off in it$/m)
    expect(r.stderr.match(/^autowrapt report:/gm)).toHaveLength(1)
    expect(r.stderr).toMatch(/^autowrapt report: .*app\.cjs \(pid \d+, main thread\)/m)
  })
})
