// Issue 26, finding 8: `autowrapt list` counts a missing hook file or traced
// file as a problem and exits 1, instead of printing "file missing" beside
// "0 problems".
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { tempDir, uniqueName, writeTree } from '../helpers/packages.js'

function patchWith(field: object) {
  const root = tempDir('list-missing')
  const name = uniqueName('missing-patches')
  writeTree(root, {
    'package.json': { name: 'app', private: true },
    'node_modules/tgt/package.json': { name: 'tgt', version: '1.0.0' },
    'node_modules/tgt/index.js': 'module.exports = {}\n',
    [`node_modules/${name}/package.json`]: { name, version: '1.0.0', autowrapt: field },
    [`node_modules/${name}/hook.js`]: 'module.exports = () => {}\n',
  })
  return { root, name }
}

describe('autowrapt list: missing files are problems', () => {
  it('a tracing entry whose file is missing from the installed package: a problem, exit 1', () => {
    const { root, name } = patchWith({
      tracing: [{ channelName: 'c', module: { name: 'tgt', filePath: 'lib/x.js' }, functionQuery: { functionName: 'f', kind: 'Sync' } }],
    })
    const r = runCli(['list', name], { cwd: root })
    expect(r.stdout).toContain('installed 1.0.0, file missing')
    expect(r.stdout).toContain(`problem [AUTOWRAPT_CHECK_TRACED_FILE] package "${name}": autowrapt.tracing[0]: lib/x.js does not exist in the installed tgt@1.0.0`)
    expect(r.stdout).toMatch(/1 tracing entry, 1 problem\n$/)
    expect(r.code).toBe(1)
  })

  it('a hook file that does not exist: a problem, exit 1', () => {
    const { root, name } = patchWith({ hooks: { tgt: './nope.js' } })
    const r = runCli(['list', name], { cwd: root })
    expect(r.stdout).toContain(`problem [AUTOWRAPT_HOOK_NOT_FOUND] package "${name}": autowrapt.hooks.tgt: hook file nope.js does not exist`)
    expect(r.stdout).toMatch(/1 hook, 1 problem\n$/)
    expect(r.code).toBe(1)
  })
})
