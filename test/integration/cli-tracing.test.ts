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
    expect(r.stdout).toContain('  autowrapt.groups.getter.tracing[0]: Store.size (Sync) matches no function in lib/api.js of the installed traced-cjs@1.2.0 (Store.size is an accessor (get/set), which is never traced)\n')
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

describe('autowrapt check: what a dry run must not pass (issue 27)', () => {
  it('a typo in a method name ({ className: "Ajv", methodName: "compil" }) fails check, with a did-you-mean', () => {
    const r = runCli(['check', join(CLI_FIXTURES, 'tracing-typo-patches')])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('  autowrapt.tracing[0]: Ajv.compil (Sync) matches no function in dist/core.js of the installed ajv@8.20.0 (did you mean "Ajv.compile"?)\n')
    expect(r.stdout).toMatch(/^1 problem$/m)
  })

  it('did-you-mean for a package name (yamll with yaml installed) and a function name (addd where add exists)', () => {
    const r = runCli(['check', join(PACKAGES, 'tracing-outcomes-patches')])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('note: autowrapt.groups["yaml-typo"].tracing[0]: yamll is not installed where this package is, so its file and query were not checked; did you mean "yaml"?\n')
    expect(r.stdout).toContain('  autowrapt.groups["add-typo"].tracing[0]: addd (Sync) matches no function in lib/api.js of the installed traced-cjs@1.2.0 (did you mean "add"?)\n')
    expect(r.stdout).toMatch(/autowrapt\.groups\["missing-file"\]\.tracing\[0\]\.module\.filePath: dist\/index\.mjs does not exist in the installed traced-keyv@5\.6\.0 \(.*\); its require dist\/index\.cjs \(commonjs\), import dist\/index\.js \(module\)\n/)
  })
})

describe('autowrapt list: tracing entries', () => {
  it('a file missing from the installed package is a problem (exit 1), and list shows the files require and import load', () => {
    const r = runCli(['list', 'tracing-outcomes-patches:missing-file'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('    traced-keyv/dist/index.mjs  any version  Keyv.get (Async)  orchestrion:traced-keyv:get  installed 5.6.0, file missing\n')
    expect(r.stdout).toContain('    traced-keyv@5.6.0 loads: require dist/index.cjs (commonjs), import dist/index.js (module)\n')
    expect(r.stdout).toContain('  problem [AUTOWRAPT_CHECK_TRACED_FILE] package "tracing-outcomes-patches": autowrapt.groups["missing-file"].tracing[0]: dist/index.mjs does not exist in the installed traced-keyv@5.6.0 (require dist/index.cjs (commonjs), import dist/index.js (module))\n')
    expect(r.stdout).toContain('1 tracing entry, 1 problem')
  })

  it('a package name nothing installed answers to gets a did-you-mean (yamll, with yaml installed)', () => {
    const r = runCli(['list', 'tracing-outcomes-patches:yaml-typo'])
    expect(r.stdout).toContain('    yamll/dist/index.js  any version  parse (Sync)  orchestrion:yamll:parse  (not installed; did you mean "yaml"?)\n')
  })

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
      loads: 'require lib/api.js (commonjs), import lib/api.js (commonjs)', didYouMean: null,
    }])
  })
})
