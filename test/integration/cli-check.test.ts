import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_FIXTURES, runCli } from '../helpers/cli.js'
import { FIXTURES } from '../helpers/node.js'

const PACKAGES = join(FIXTURES, 'node_modules')

function problemLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.slice(2))
}

describe('autowrapt check: a valid patch package passes with a one-line summary', () => {
  it('CommonJS and ESM hooks, named and default exports, a range, a group, "files" globs', () => {
    const r = runCli(['check', join(CLI_FIXTURES, 'good-patches')])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^autowrapt check: good-patches@2\.1\.0 OK \(5 hooks in 4 files, 1 group\)$/m)
  })

  it('an "exports" map earns a note, not a failure: hook files are loaded by path', () => {
    const r = runCli(['check', join(CLI_FIXTURES, 'good-patches')])
    expect(r.stdout).toMatch(/^note: package\.json has an "exports" map: hook files are loaded by their path/m)
  })

  it('the working directory is the default', () => {
    const r = runCli(['check'], { cwd: join(PACKAGES, 'acme-patches') })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      'note: hook files were read, not run: every declared export is in its source; "autowrapt check --load-hooks" runs each hook file in a child process, with your rights, to check that each is a function\n' +
        'autowrapt check: acme-patches@0.0.1 OK (7 hooks in 7 files, 1 group)\n',
    )
  })

  it('ESM hook files are checked through require(esm)', () => {
    const r = runCli(['check', '--load-hooks', join(PACKAGES, 'esm-hook-patches')])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('esm-hook-patches@1.0.0 OK (2 hooks in 2 files)')
  })

  it('a hook file that prints and leaves a timer running when loaded cannot disturb the check', () => {
    // Had the timer kept the loading process alive, the check would report that
    // loading did not finish (and exit 1) instead of reading the export.
    const r = runCli(['check', '--load-hooks', join(CLI_FIXTURES, 'side-effect-patches')])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      'note: --load-hooks: each hook file was run in a child process, with your rights, to read its exports\n' +
        'autowrapt check: side-effect-patches@1.0.0 OK (1 hook in 1 file)\n',
    )
    expect(r.stderr).toBe('')
    expect(r.signal).toBeNull()
  })

  it('--json gives the same result in machine-readable form', () => {
    const r = runCli(['check', '--json', join(CLI_FIXTURES, 'good-patches')])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json).toMatchObject({ ok: true, name: 'good-patches', version: '2.1.0', hooks: 5, hookFiles: 4, groups: 1, hookCode: 'read', unverified: [], problems: [] })
    expect(json.notes).toHaveLength(2)
  })
})

describe('autowrapt check: each problem is printed with its JSON path, and the exit code is 1', () => {
  const cases: Array<[string, string, string[]]> = [
    ['an invalid field', join(PACKAGES, 'broken-patches'), [
      'autowrapt.extra: unknown property "extra" (expected "hooks", "tracing" and "groups")',
      'autowrapt.hooks["./bad"]: bad target: a target must be a package name, a file inside a package or a builtin, not a path or URL',
      'autowrapt.hooks["target-fn"]: a hook must be "<path>#<export>" or { "hook": "<path>#<export>", "versions": "<range>" }',
      'autowrapt.hooks["target-esm"].versions: invalid semver range "not a range!!"',
    ]],
    ['a field that is not an object', join(PACKAGES, 'notobject-patches'), ['autowrapt: the "autowrapt" field must be an object']],
    ['no field at all', join(PACKAGES, 'target-cjs'), ['autowrapt: the package.json has no "autowrapt" field']],
    ['a group name AUTOWRAPT_BOOTSTRAP cannot spell, and what only the schema catches: a non-string $schema, no package name', join(CLI_FIXTURES, 'schema-only-patches'), [
      'name: a patch package needs a valid package name: AUTOWRAPT_BOOTSTRAP refers to it by name',
      'autowrapt.groups["bad group!"]: "bad group!" cannot be named in AUTOWRAPT_BOOTSTRAP (group names use letters, digits, ".", "_", "~" and "-")',
      'autowrapt.$schema: must be a string (found number)',
    ]],
    ['a missing export and an export that is no function', join(PACKAGES, 'missing-export-patches'), [
      'autowrapt.hooks["target-cjs"]: hook file hooks.js#nope has no function as its export "nope" (found nothing); it exports no function (its exports: "notFn")',
      'autowrapt.hooks["target-fn"]: hook file hooks.js#notFn has no function as its export "notFn" (found number); it exports no function (its exports: "notFn")',
    ]],
    ['a default export that is missing or no function (a CommonJS object, an ESM number); a function module.exports passes', join(CLI_FIXTURES, 'default-export-patches'), [
      'autowrapt.hooks["target-cjs"]: hook file object.js has no function as its default export (module.exports or exports.default; found nothing); it exports no function (its exports: "notAHook")',
      'autowrapt.hooks["target-esm"]: hook file number.mjs has no function as its default export (module.exports or exports.default; found number); it exports no function (its exports: "default")',
    ]],
    ['a missing hook file', join(PACKAGES, 'missing-file-patches'), [
      `autowrapt.hooks["target-cjs"]: hook file hooks/nope.js does not exist (${join(PACKAGES, 'missing-file-patches', 'hooks/nope.js')})`,
    ]],
    ['hook files npm would not publish ("files" with a directory, a glob and a negation)', join(CLI_FIXTURES, 'unpublished-patches'), [
      'autowrapt.hooks["target-fn"]: hook file hooks/secret.js is not covered by "files", so npm would not publish it; add it (or its directory) to "files"',
      'autowrapt.hooks["target-esm"]: hook file outside-files/hook.js is not covered by "files", so npm would not publish it; add it (or its directory) to "files"',
    ]],
    ['a hook file that ends the process while loading', join(CLI_FIXTURES, 'exiting-patches'), [
      'autowrapt.hooks["target-cjs"]: hook file exits.js failed to load: the process loading it exited with code 3 before its exports could be read (giving up while loading)',
    ]],
  ]
  for (const [what, dir, problems] of cases) {
    it(what, () => {
      const r = runCli(['check', '--load-hooks', dir])
      expect(r.code).toBe(1)
      expect(r.stderr).toBe('')
      expect(r.stdout.split('\n').find((l) => !l.startsWith('note: '))).toMatch(/^autowrapt check: .* \(.*\)$/)
      expect(problemLines(r.stdout)).toEqual(problems)
      expect(r.stdout).toMatch(new RegExp(`\\n${problems.length} problems?\\n$`))
    })
  }

  it('hook paths that escape their package: "..", absolute, URL and a symlink pointing outside', () => {
    const r = runCli(['check', join(PACKAGES, 'escape-patches')])
    expect(r.code).toBe(1)
    const lines = problemLines(r.stdout)
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe('autowrapt.hooks["target-cjs"]: hook path "../acme-patches/hooks/target-cjs.js" escapes its package')
    expect(lines[1]).toBe('autowrapt.hooks["target-fn"]: hook path "/etc/passwd" must be relative to the package root, not absolute or a URL')
    expect(lines[2]).toBe('autowrapt.hooks["target-esm"]: hook path "file:///etc/passwd" must be relative to the package root, not absolute or a URL')
    expect(lines[3]).toMatch(/^autowrapt\.hooks\["target-dual"\]: hook file hooks\/link\.js resolves outside its package \(.*outside\/evil\.js\); it would be refused$/)
    // A file outside the package is never loaded, not even in the child process.
    expect(r.stdout + r.stderr).not.toContain('[hook:escaped]')
  })

  it('hook files that throw, or that require(esm) cannot load (top-level await)', () => {
    const r = runCli(['check', '--load-hooks', join(CLI_FIXTURES, 'throwing-load-patches')])
    expect(r.code).toBe(1)
    const lines = problemLines(r.stdout)
    expect(lines[0]).toBe('autowrapt.hooks["target-cjs"]: hook file throws.js failed to load at throws.js:2:7: Error: cannot load: missing configuration')
    expect(lines[1]).toMatch(/^autowrapt\.hooks\["target-esm"\]: hook file tla\.mjs failed to load: .*top-level await/)
  })

  it('a hook file that never finishes loading is stopped after --timeout', () => {
    const r = runCli(['check', '--load-hooks', '--timeout', '1000', join(CLI_FIXTURES, 'busy-patches')])
    expect(r.code).toBe(1)
    expect(problemLines(r.stdout)).toEqual(['autowrapt.hooks["target-cjs"]: hook file busy.js failed to load: loading did not finish within 1000 ms; a hook file should only define functions when loaded'])
    // The check itself ended on its own (runCli would have killed a hung one).
    expect(r.signal).toBeNull()
  })

  it('--json problems carry the warning code the runtime would emit, or a check code for publishing', () => {
    const r = runCli(['check', '--json', join(CLI_FIXTURES, 'unpublished-patches')])
    expect(r.code).toBe(1)
    const broken = JSON.parse(runCli(['check', '--json', join(PACKAGES, 'broken-patches')]).stdout)
    expect(broken.problems.map((p: { code: string; jsonPath: string }) => [p.code, p.jsonPath])).toEqual([
      ['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.extra'],
      ['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.hooks["./bad"]'],
      ['AUTOWRAPT_INVALID_CONFIG', 'autowrapt.hooks["target-fn"]'],
      ['AUTOWRAPT_INVALID_RANGE', 'autowrapt.hooks["target-esm"].versions'],
    ])
    expect(JSON.parse(r.stdout).problems[0]).toEqual({
      code: 'AUTOWRAPT_CHECK_NOT_PUBLISHED',
      message: 'hook file hooks/secret.js is not covered by "files", so npm would not publish it; add it (or its directory) to "files"',
      jsonPath: 'autowrapt.hooks["target-fn"]',
    })
    const exports = JSON.parse(runCli(['check', '--json', '--load-hooks', join(PACKAGES, 'missing-export-patches')]).stdout)
    expect(exports.problems.map((p: { code: string }) => p.code)).toEqual(['AUTOWRAPT_HOOK_EXPORT', 'AUTOWRAPT_HOOK_EXPORT'])
  })

  it('a directory without package.json: an error on stderr that says what to give', () => {
    const r = runCli(['check', join(FIXTURES, 'apps')])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`autowrapt: no package.json in ${join(FIXTURES, 'apps')}; give the root directory of a patch package\n`)
  })
})
