// Issue 26, finding 6: an installed patch package whose package.json is not
// valid JSON (a trailing comma) is named with the file and the JSON error and
// its position, at run time and by `autowrapt list`, never "not installed" or
// "neither an installed package nor a group".
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

function appWithBrokenPatch() {
  const root = tempDir('bad-json')
  const name = uniqueName('trailing-comma-patches')
  writeTree(root, {
    'package.json': { name: 'app', private: true },
    'app.cjs': "console.log('app ran')\n",
    [`node_modules/${name}/package.json`]: `{\n  "name": "${name}",\n  "autowrapt": { "hooks": { "node:os": "./hook.js" } },\n}\n`,
    [`node_modules/${name}/hook.js`]: 'module.exports = () => {}\n',
  })
  return { root, name, file: join(root, 'node_modules', name, 'package.json') }
}

const ERROR = /is not valid JSON: [^;]*at position \d+ \(line 4 column 1\); its hooks are not registered/

forEachNode((node) => {
  describe('a patch package whose package.json is not valid JSON', () => {
    it('is named at run time with the file and the JSON error with its position', () => {
      const { root, name, file } = appWithBrokenPatch()
      const r = runNode(node, ['app.cjs'], { cwd: root, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: name })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('app ran\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_INVALID_PACKAGE_JSON'])
      expect(r.stderr).toContain(`package "${name}" is installed, but ${file} is not valid JSON`)
      expect(r.stderr).toMatch(ERROR)
      expect(r.stderr).not.toContain('neither an installed package')
    })
  })
})

describe('autowrapt list on a patch package whose package.json is not valid JSON', () => {
  it('says so, with the file and the JSON error, counts a problem and exits 1', () => {
    const { root, name, file } = appWithBrokenPatch()
    const r = runCli(['list', name], { cwd: root })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`${name} (installed package whose package.json is not valid JSON)`)
    expect(r.stdout).toContain(`problem [AUTOWRAPT_INVALID_PACKAGE_JSON] package "${name}" is installed, but ${file} is not valid JSON`)
    expect(r.stdout).toMatch(ERROR)
    expect(r.stdout).toMatch(/1 problem\n$/)
    const json = JSON.parse(runCli(['list', '--json', name], { cwd: root }).stdout)
    expect(json.names[0].kind).toBe('unreadable')
  })
})
