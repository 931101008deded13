import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_FIXTURES, runCli } from '../helpers/cli.js'
import { FIXTURES } from '../helpers/node.js'

const PACKAGES = join(FIXTURES, 'node_modules')

describe('autowrapt check: tracing entries', () => {
  it('a package with hooks and valid tracing entries passes, counting its entries', () => {
    const r = runCli(['check', join(PACKAGES, 'tracing-hooked-patches')])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\nautowrapt check: tracing-hooked-patches@1\.0\.0 OK \(2 hooks in 1 file, 2 tracing entries\)\n$/)
  })

  it('invalid entries are reported with their JSON paths', () => {
    const r = runCli(['check', join(PACKAGES, 'tracing-invalid-patches')])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('  autowrapt.tracing[1].functionQuery.kind: kind is required')
    expect(r.stdout).toContain('  autowrapt.tracing[6]: a tracing entry must be an object')
    expect(r.stdout).toMatch(/^6 problems$/m)
  })

  it('a dry run on the installed package finds queries that match nothing and files that cannot be transformed; a range that excludes the installed version is a note', () => {
    const r = runCli(['check', join(PACKAGES, 'tracing-patches')])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('  autowrapt.groups.nomatch.tracing[0]: doesNotExist (Sync) matches no function in lib/api.js of the installed traced-cjs@1.2.0\n')
    expect(r.stdout).toContain('  autowrapt.groups.getter.tracing[0]: Store.size (Sync) matches no function in lib/api.js of the installed traced-cjs@1.2.0\n')
    expect(r.stdout).toContain('note: autowrapt.groups["old-only"].tracing[0]: the installed traced-cjs@1.2.0 is outside "<1", so the entry would be skipped')
    const broken = runCli(['check', join(PACKAGES, 'tracing-broken-patches')])
    expect(broken.code).toBe(1)
    expect(broken.stdout).toMatch(/autowrapt\.tracing\[0\]: lib\/legacy\.js of the installed traced-broken@1\.0\.0 cannot be transformed: SyntaxError/)
  })

  it('a file missing from the installed version is a problem; a package that is not installed is a note', () => {
    const r = runCli(['check', join(CLI_FIXTURES, 'tracing-missing-patches')])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^ {2}autowrapt\.tracing\[0\]\.module\.filePath: lib\/gone\.js does not exist in the installed traced-cjs@1\.2\.0 /m)
    expect(r.stdout).toContain('note: autowrapt.tracing[1]: not-installed-anywhere is not installed where this package is')
    expect(r.stdout).toMatch(/^1 problem$/m)
  })
})

describe('autowrapt list: tracing entries', () => {
  it('lists each entry with its file, range, query, channel and the installed version', () => {
    const r = runCli(['list', 'tracing-hooked-patches'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('  tracing:\n    traced-cjs/lib/api.js  any version  add (Sync)  orchestrion:traced-cjs:add  installed 1.2.0\n')
    expect(r.stdout).toContain('1 name, 1 package, 2 hooks, 2 tracing entries, 0 problems')
  })

  it('--json carries the entries, and a group name finds its tracing entries', () => {
    const r = runCli(['list', '--json', 'tracing-patches:old-only'])
    expect(r.code).toBe(0)
    const [name] = JSON.parse(r.stdout).names
    expect(name.tracing).toEqual([{
      package: 'tracing-patches', group: 'old-only', module: 'traced-cjs', filePath: 'lib/api.js', versionRange: '<1',
      query: 'add (Sync)', channel: 'orchestrion:traced-cjs:add', installed: '1.2.0', fileExists: true,
    }])
  })
})
