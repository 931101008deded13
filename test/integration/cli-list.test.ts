import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_FIXTURES, runCli } from '../helpers/cli.js'
import { FIXTURES, ROOT } from '../helpers/node.js'

const PACKAGES = join(FIXTURES, 'node_modules')

describe('autowrapt list: what names resolve to, without loading hook code', () => {
  it('a package: its path, version and groups, and each hook with target, range and file', () => {
    const r = runCli(['list', 'acme-patches'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(`acme-patches (package)\n  package acme-patches@0.0.1  ${join(PACKAGES, 'acme-patches')}\n    groups: experimental\n`)
    expect(r.stdout).toMatch(/^ {4}target-cjs {15}any version {2}1\.2\.3 matches {2}hooks\/target-cjs\.js$/m)
    expect(r.stdout).toMatch(/^ {4}target-cjs\/lib\/inner\.js +any version +1\.2\.3 matches +hooks\/inner\.js#patchInner$/m)
    expect(r.stdout).toMatch(/^ {4}node:http +any version +builtin +hooks\/http\.js#patchHttp$/m)
    expect(r.stdout).not.toContain('target-fn') // only in the experimental group
    expect(r.stdout).toMatch(/1 name, 1 package, 6 hooks, 0 problems\n$/)
  })

  it('a version range is shown with its hook', () => {
    const r = runCli(['list', 'version-patches'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ {4}target-cjs +>=2 +1\.2\.3 skipped-version +hook\.js$/m)
  })

  it('each hook shows its target\'s installed version and whether the range admits it, before the application runs', () => {
    const r = runCli(['list', 'acme-patches', 'version-patches', 'express-routes-legacy'], { cwd: join(ROOT, 'examples/express-routes') })
    expect(r.stdout).toMatch(/^ {4}express {2}\^3 {2}5\.\d+\.\d+ skipped-version {2}hooks\/express3\.js$/m)
    const fixtures = runCli(['list', 'acme-patches', 'never-patches'])
    expect(fixtures.stdout).toMatch(/^ {4}target-dual +any version +3\.0\.0 matches +hooks\/dual\.js$/m)
    expect(fixtures.stdout).toMatch(/^ {4}node:http +any version +builtin +hooks\/http\.js#patchHttp$/m)
    expect(fixtures.stdout).toMatch(/^ {4}target-never-installed +any version +not installed +hook\.js$/m)
    const json = JSON.parse(runCli(['list', '--json', 'version-patches']).stdout)
    expect(json.names[0].hooks[0]).toMatchObject({ target: 'target-cjs', versions: '>=2', installed: '1.2.3', match: 'skipped-version' })
  })

  it('"package:group" lists that group\'s hooks only', () => {
    const r = runCli(['list', 'acme-patches:experimental'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('acme-patches:experimental (group of a package)')
    expect(r.stdout).toMatch(/^ {4}target-fn +any version +1\.0\.0 matches +hooks\/fn\.js$/m)
    expect(r.stdout).toContain('1 hook,')
  })

  it('a bare group is looked up across the application\'s dependencies, each hook naming its package', () => {
    const r = runCli(['list', 'acme-apm'], { cwd: join(FIXTURES, 'group-app') })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('acme-apm (group across the application\'s dependencies)')
    expect(r.stdout).toContain('package apm-one@1.0.0')
    expect(r.stdout).toContain('package apm-two@1.0.0')
    expect(r.stdout).not.toContain('apm-three')
    expect(r.stdout).toMatch(/^ {4}target-cjs +any version +1\.2\.3 matches +hook\.js +\(apm-one\)$/m)
    expect(r.stdout).toMatch(/^ {4}target-cjs +any version +.+\(apm-two\)$/m)
  })

  it('without names it lists AUTOWRAPT_BOOTSTRAP; names may be comma-separated', () => {
    const fromEnv = runCli(['list'], { env: { AUTOWRAPT_BOOTSTRAP: 'acme-patches, version-patches' } })
    expect(fromEnv.code).toBe(0)
    expect(fromEnv.stdout).toContain('acme-patches (package)')
    expect(fromEnv.stdout).toContain('version-patches (package)')
    const fromArgs = runCli(['list', 'acme-patches,version-patches'], { env: { AUTOWRAPT_BOOTSTRAP: 'never-patches' } })
    expect(fromArgs.stdout).toBe(fromEnv.stdout)
  })

  it('no names and no AUTOWRAPT_BOOTSTRAP: a usage error', () => {
    const r = runCli(['list'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/nothing to list: no names given and AUTOWRAPT_BOOTSTRAP is not set/)
  })

  it('hook files are checked on disk but never loaded', () => {
    const r = runCli(['list', 'loud-patches'], { cwd: CLI_FIXTURES })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ {4}target-cjs +\^1\.2\.0 +1\.2\.3 matches +hook\.js#patch$/m)
    expect(r.stdout + r.stderr).not.toContain('[loud]')
  })

  it('--json gives packages, hooks and problems in machine-readable form', () => {
    const r = runCli(['list', '--json', 'version-patches', 'no-such-package-anywhere'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json.ok).toBe(false)
    expect(json.names).toHaveLength(2)
    expect(json.names[0]).toEqual({
      name: 'version-patches',
      kind: 'package',
      packages: [{ name: 'version-patches', version: '1.0.0', dir: join(PACKAGES, 'version-patches'), groups: [] }],
      hooks: [{ target: 'target-cjs', targetKind: 'package', package: 'version-patches', group: null, file: 'hook.js', export: null, path: join(PACKAGES, 'version-patches', 'hook.js'), versions: '>=2', installed: '1.2.3', match: 'skipped-version', didYouMean: null }],
      tracing: [],
      problems: [],
    })
    expect(json.names[1].problems.map((p: { code: string }) => p.code)).toEqual(['AUTOWRAPT_UNKNOWN_NAME'])
  })

  it('--json problems have the same shape as check\'s: code, message and JSON path (null outside a package.json)', () => {
    const r = runCli(['list', '--json', 'broken-patches', './not-a-name'])
    expect(r.code).toBe(1)
    const [broken, invalid] = JSON.parse(r.stdout).names
    expect(broken.problems.map((p: object) => Object.keys(p))).toEqual(broken.problems.map(() => ['code', 'message', 'jsonPath']))
    expect(broken.problems.map((p: { code: string; jsonPath: string }) => [p.code, p.jsonPath])).toEqual([
      ['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.extra'],
      ['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.hooks["./bad"]'],
      ['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.hooks["target-fn"]'],
      ['AUTOWRAPT_INVALID_RANGE', 'autowrapt.hooks["target-esm"].versions'],
    ])
    expect(invalid.problems).toEqual([{ code: 'AUTOWRAPT_INVALID_NAME', message: expect.stringMatching(/looks like a path or URL/), jsonPath: null }])
  })
})

describe('autowrapt list: every problem is shown, and the exit code is 1', () => {
  const cases: Array<[string, string, string[], RegExp]> = [
    ['an unknown name', 'no-such-package-anywhere', ['AUTOWRAPT_UNKNOWN_NAME'], /"no-such-package-anywhere" is neither an installed package nor a group/],
    ['a path given as a name', './node_modules/acme-patches', ['AUTOWRAPT_INVALID_NAME'], /looks like a path or URL/],
    ['an unknown group of a known package', 'acme-patches:nope', ['AUTOWRAPT_UNKNOWN_GROUP'], /package "acme-patches" has no group "nope" \(groups: experimental\)/],
    ['a field that is not an object', 'notobject-patches', ['AUTOWRAPT_INVALID_CONFIG'], /autowrapt: the "autowrapt" field must be an object/],
    ['a missing hook file', 'missing-file-patches', ['AUTOWRAPT_HOOK_NOT_FOUND'], /autowrapt\.hooks\["target-cjs"\]: hook file hooks\/nope\.js does not exist/],
  ]
  for (const [what, name, codes, message] of cases) {
    it(`${what}: ${codes.join(', ')}`, () => {
      const r = runCli(['list', name])
      expect(r.code).toBe(1)
      expect([...r.stdout.matchAll(/^ {2}problem \[([A-Z_]+)\]/gm)].map((m) => m[1])).toEqual(codes)
      expect(r.stdout).toMatch(message)
      expect(r.stdout).toMatch(/, 1 problem\n$/)
    })
  }

  it('an invalid field: each bad key and value, and the invalid version range', () => {
    const r = runCli(['list', 'broken-patches'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/problem \[AUTOWRAPT_INVALID_CONFIG\] .*autowrapt\.extra: unknown property "extra"/)
    expect(r.stdout).toMatch(/problem \[AUTOWRAPT_INVALID_CONFIG\] .*autowrapt\.hooks\["\.\/bad"\]: bad target/)
    expect(r.stdout).toMatch(/problem \[AUTOWRAPT_INVALID_CONFIG\] .*autowrapt\.hooks\["target-fn"\]: a hook must be/)
    expect(r.stdout).toMatch(/problem \[AUTOWRAPT_INVALID_RANGE\] package "broken-patches": autowrapt\.hooks\["target-esm"\]\.versions: invalid semver range "not a range!!"/)
    // The valid hooks beside them are still listed.
    expect(r.stdout).toMatch(/^ {4}target-cjs +any version +1\.2\.3 matches +hooks\/ok\.js$/m)
  })

  it('hook paths that escape their package, including through a symlink, are each named', () => {
    const r = runCli(['list', 'escape-patches'])
    expect(r.code).toBe(1)
    const problems = r.stdout.split('\n').filter((l) => l.startsWith('  problem'))
    expect(problems).toHaveLength(4)
    expect(problems.every((l) => l.includes('[AUTOWRAPT_UNSAFE_HOOK_PATH]'))).toBe(true)
    expect(r.stdout).toMatch(/"\.\.\/acme-patches\/hooks\/target-cjs\.js" escapes its package/)
    expect(r.stdout).toMatch(/"\/etc\/passwd" must be relative to the package root/)
    expect(r.stdout).toMatch(/hooks\/link\.js resolves outside its package \(.*outside\/evil\.js\)/)
    expect(r.stdout + r.stderr).not.toContain('[hook:escaped]')
  })

  it('one bad name among good ones: the good ones are listed, the exit code is still 1', () => {
    const r = runCli(['list', 'acme-patches', 'no-such-package-anywhere'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('hooks/target-cjs.js')
    expect(r.stdout).toContain('no-such-package-anywhere (not found)')
    expect(r.stdout).toMatch(/2 names, 1 package, 6 hooks, 1 problem\n$/)
  })
})
