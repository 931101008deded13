// Issue 26, findings 1 and 2: a preload (or a dependency with a
// prototype-pollution bug) that sets Object.prototype.autowrapt, or
// .optionalDependencies / .devDependencies, must not decide what runs. Only a
// package's own parsed JSON members count, at every level.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

const PRELOADS = [
  ['--require', join(ROOT, 'register.cjs')],
  ['--import', join(ROOT, 'register.cjs')],
] as const

function pollutingApp(pollution: string, appJson: object, packages: Record<string, string | object>) {
  const root = tempDir('pollution')
  writeTree(root, {
    'pollute.cjs': `${pollution}\n`,
    'package.json': appJson,
    'app.cjs': "require('tgt'); console.log('app ran')\n",
    'node_modules/tgt/package.json': { name: 'tgt', version: '1.0.0' },
    'node_modules/tgt/index.js': 'module.exports = {}\n',
    ...packages,
  })
  return root
}

forEachNode((node) => {
  describe('prototype pollution decides nothing', () => {
    for (const preload of PRELOADS) {
      it(`an inherited Object.prototype.autowrapt is not read as a package's field (${preload[0]} register)`, () => {
        const name = uniqueName('plain')
        const root = pollutingApp(
          "Object.prototype.autowrapt = { hooks: { tgt: './evil.js' } }",
          { name: 'app', private: true },
          {
            [`node_modules/${name}/package.json`]: { name, version: '1.0.0' },
            [`node_modules/${name}/evil.js`]: "module.exports = () => { process.stderr.write('[hook:evil] ran\\n') }\n",
          },
        )
        const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--require', './pollute.cjs', ...preload], bootstrap: name })
        expect(r.hookLines).toEqual([])
        expect(r.stdout).toBe('app ran\n')
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual(['AUTOWRAPT_INVALID_CONFIG'])
        expect(r.stderr).toContain('has no "autowrapt" field')
      })
    }

    for (const field of ['optionalDependencies', 'devDependencies', 'dependencies']) {
      it(`an inherited Object.prototype.${field} does not make a bare group name consult an undeclared package`, () => {
        const group = uniqueName('grp')
        const root = pollutingApp(
          `Object.prototype.${field} = { undeclared: '*' }`,
          { name: 'app', private: true },
          {
            'node_modules/undeclared/package.json': { name: 'undeclared', version: '1.0.0', autowrapt: { groups: { [group]: { tgt: './hook.js' } } } },
            'node_modules/undeclared/hook.js': "module.exports = () => { process.stderr.write('[hook:undeclared] ran\\n') }\n",
          },
        )
        const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--require', './pollute.cjs', ...PRELOADS[0]], bootstrap: group })
        expect(r.hookLines).toEqual([])
        expect(r.stdout).toBe('app ran\n')
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual(['AUTOWRAPT_UNKNOWN_NAME'])
      })
    }

    it('inherited members inside the field (versions, hook) are not read either, while the own ones still run', () => {
      const name = uniqueName('nested')
      const root = pollutingApp(
        "Object.prototype.versions = '>=99'; Object.prototype.hook = './evil.js'; Object.prototype.tracing = [{}]",
        { name: 'app', private: true },
        {
          [`node_modules/${name}/package.json`]: { name, version: '1.0.0', autowrapt: { hooks: { tgt: { hook: './hook.js' } } } },
          [`node_modules/${name}/hook.js`]: "module.exports = () => { process.stderr.write('[hook:own] ran\\n') }\n",
          [`node_modules/${name}/evil.js`]: "module.exports = () => { process.stderr.write('[hook:evil] ran\\n') }\n",
        },
      )
      const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--require', './pollute.cjs', ...PRELOADS[0]], bootstrap: name })
      expect(r.hookLines).toEqual(['[hook:own] ran'])
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('app ran\n')
    })
  })
})
