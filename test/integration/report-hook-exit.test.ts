// Issue 26, finding 5: a hook that calls process.exit(3) exits as asked, and
// the report says the target loaded and its hook was running at exit, never
// `not-loaded` ("the module was never loaded").
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

function exitingPatch(hookSource: string, app: [string, string]) {
  const root = tempDir('hook-exit')
  const name = uniqueName('exit-patches')
  writeTree(root, {
    'package.json': { name: 'app', private: true },
    [app[0]]: app[1],
    'node_modules/tgt/package.json': { name: 'tgt', version: '1.2.3' },
    'node_modules/tgt/index.js': 'module.exports = { hi: () => "hi" }\n',
    [`node_modules/${name}/package.json`]: { name, version: '1.0.0', autowrapt: { hooks: { tgt: './hook.js' } } },
    [`node_modules/${name}/hook.js`]: hookSource,
  })
  return { root, name }
}

forEachNode((node) => {
  describe('a hook that calls process.exit', () => {
    for (const app of [
      ['app.cjs', "require('tgt'); console.log('after require')\n"],
      ['app.mjs', "import 'tgt'; console.log('after import')\n"],
    ] as [string, string][]) {
      it(`exits with its code, and the report says running-at-exit, not not-loaded (${app[0]})`, () => {
        const { root, name } = exitingPatch('module.exports = () => { process.exit(3) }\n', app)
        const file = join(root, 'report.jsonl')
        const r = runNode(node, [app[0]], { cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name, env: { AUTOWRAPT_REPORT: file } })
        expect(r.code).toBe(3)
        expect(r.stdout).toBe('')
        const [report] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
        expect(report.entries).toHaveLength(1)
        expect(report.entries[0].outcome).toBe('running-at-exit')
        expect(report.entries[0].instances).toEqual([
          { status: 'running', format: 'commonjs', version: '1.2.3', filename: join(root, 'node_modules/tgt/index.js') },
        ])
      })
    }

    it('the stderr table says the target loaded and the hook was running when the process exited', () => {
      const { root, name } = exitingPatch('module.exports = () => { process.exit(3) }\n', ['app.cjs', "require('tgt')\n"])
      const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--require', join(ROOT, 'register.cjs')], bootstrap: name, env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(3)
      expect(r.stderr).toMatch(/tgt\s+running-at-exit\s+commonjs 1\.2\.3 loaded; the hook was running when the process exited/)
    })

    it('a hook file that exits while it loads is reported the same way', () => {
      const { root, name } = exitingPatch('process.exit(4)\n', ['app.cjs', "require('tgt')\n"])
      const file = join(root, 'report.jsonl')
      const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--require', join(ROOT, 'register.cjs')], bootstrap: name, env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(4)
      const [report] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      expect(report.entries.map((e: { outcome: string }) => e.outcome)).toEqual(['running-at-exit'])
    })
  })
})
