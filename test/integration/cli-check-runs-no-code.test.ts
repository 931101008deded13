// Issue 26, finding 3: `autowrapt check` is run to vet a package before
// trusting it, so by default it runs none of the package's code: hook files are
// read, not run, and the output names --load-hooks, the flag that runs them.
// A group named "__proto__" is a problem, and its hook never runs.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { tempDir, writeTree } from '../helpers/packages.js'

// A hook file that leaves a mark when it runs: a file named after its own.
const marking = (name: string, body: string) =>
  `require('node:fs').writeFileSync(require('node:path').join(__dirname, ${JSON.stringify(`ran-${name}`)}), '')\n${body}`

function suspiciousPackage(): string {
  const dir = tempDir('check-vet')
  writeTree(dir, {
    'package.json': JSON.parse(
      '{"name": "vet-me", "version": "1.0.0", "autowrapt": {"hooks": {"tgt": "./hook.js#patch", "other": "./default.js"}, "groups": {"__proto__": {"tgt": "./proto.js"}}}}',
    ),
    'hook.js': marking('hook', 'exports.patch = function patch () {}\n'),
    'default.js': marking('default', 'module.exports = build()\nfunction build () { return () => {} }\n'),
    'proto.js': marking('proto', 'module.exports = () => {}\n'),
  })
  return dir
}

describe('autowrapt check runs no package code by default', () => {
  it('reads hook files without running them, says so, and names --load-hooks; a "__proto__" group is a problem', () => {
    const dir = suspiciousPackage()
    const r = runCli(['check', dir])
    for (const name of ['hook', 'default', 'proto']) expect(existsSync(join(dir, `ran-${name}`)), name).toBe(false)
    expect(r.stdout).toContain(
      'note: hook files were read, not run: exports not found in the source, so not verified: default.js; "autowrapt check --load-hooks" runs each hook file in a child process, with your rights, to verify them',
    )
    expect(r.stdout).toContain(
      '  autowrapt.groups.__proto__: a group cannot be named "__proto__" (in JavaScript that name reaches Object.prototype); the group is ignored',
    )
    expect(r.code).toBe(1)
    const json = JSON.parse(runCli(['check', '--json', dir]).stdout)
    expect(json).toMatchObject({ hookCode: 'read', unverified: ['default.js'] })
    expect(json.problems.map((p: { code: string; jsonPath: string }) => [p.code, p.jsonPath])).toEqual([['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.groups.__proto__']])
  })

  it('--load-hooks runs each hook file in a child process, and the output says so; the "__proto__" group\'s file still never runs', () => {
    const dir = suspiciousPackage()
    const r = runCli(['check', '--load-hooks', dir])
    expect(existsSync(join(dir, 'ran-hook'))).toBe(true)
    expect(existsSync(join(dir, 'ran-default'))).toBe(true)
    expect(existsSync(join(dir, 'ran-proto'))).toBe(false)
    expect(r.stdout).toContain('note: --load-hooks: each hook file was run in a child process, with your rights, to read its exports')
    expect(r.stdout).toContain('autowrapt.groups.__proto__: a group cannot be named "__proto__"')
  })

  it('an export an ES module does not declare is a problem found by reading it; an unreadable CommonJS export leaves the check "OK" only with a word', () => {
    const dir = tempDir('check-static')
    writeTree(dir, {
      'package.json': { name: 'static-patches', version: '1.0.0', autowrapt: { hooks: { a: './a.mjs#patchA', b: './b.mjs', c: './c.js#patchC' } } },
      'a.mjs': marking('a', '') + 'export function patchB () {}\n',
      'b.mjs': 'export const x = 1\n',
      'c.js': "Object.assign(exports, { ['patch' + 'C']: () => {} })\n",
    })
    const r = runCli(['check', dir])
    expect(existsSync(join(dir, 'ran-a'))).toBe(false)
    expect(r.stdout).toContain('  autowrapt.hooks.a: hook file a.mjs#patchA has no export "patchA" (read from its source, not run; its exports: "patchB")')
    expect(r.stdout).toContain('  autowrapt.hooks.b: hook file b.mjs has no default export (read from its source, not run; its exports: "x")')
    expect(r.stdout).toContain('not verified: c.js#patchC')
    expect(r.code).toBe(1)
    writeTree(dir, { 'package.json': { name: 'static-patches', version: '1.0.0', autowrapt: { hooks: { c: './c.js#patchC' } } } })
    const ok = runCli(['check', dir])
    expect(ok.stdout).toMatch(/autowrapt check: static-patches@1\.0\.0 OK \(1 hook in 1 file; 1 export not verified without --load-hooks\)\n$/)
    expect(ok.code).toBe(0)
  })
})
