// `autowrapt check` asks npm which files it would publish (npm pack --dry-run),
// so "files" globs, directories and negations mean exactly what npm makes of
// them. Each case is a throwaway package with the same tree of hook files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'

const TREE = ['hooks/a.js', 'hooks/secret.js', 'hooks/esm/a.js', 'hooks/esm/deep/a.js', 'lib/x.js']
const root = mkdtempSync(join(tmpdir(), 'autowrapt-published-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let count = 0
/** The hook files (of TREE) that `check` says npm would not publish, for a package with this `files` field. */
function unpublished(files: unknown): string[] {
  const dir = join(root, `p${count++}`)
  const hooks = Object.fromEntries(TREE.map((file, i) => [`target-${i}`, `./${file}`]))
  for (const file of TREE) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), 'module.exports = function hook () {}\n')
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'published-case', version: '1.0.0', files, autowrapt: { hooks } }))
  const r = runCli(['check', '--json', dir])
  const json = JSON.parse(r.stdout) as { problems: Array<{ code: string; message: string; jsonPath: string }>; notes: string[] }
  // The hook files' exports are read from their source (`module.exports = function`): no note that one is unverified.
  expect(json.notes.filter((n) => n.includes('not verified'))).toEqual([])
  expect(json.notes.filter((n) => !n.startsWith('hook files were read, not run'))).toEqual([])
  return json.problems.filter((p) => p.code === 'AUTOWRAPT_CHECK_NOT_PUBLISHED').map((p) => TREE[Number(/target-(\d+)/.exec(p.jsonPath)![1])]!)
}

describe('autowrapt check: hook files npm would not publish, by npm\'s own rules', () => {
  it('without "files", everything is published', () => {
    expect(unpublished(undefined)).toEqual([])
  })

  it('a directory entry publishes everything under it, with or without a trailing "/"', () => {
    expect(unpublished(['hooks/'])).toEqual(['lib/x.js'])
    expect(unpublished(['hooks', 'lib'])).toEqual([])
  })

  it('an entry is not a prefix: "hook" does not publish hooks/', () => {
    expect(unpublished(['hook', 'lib'])).toEqual(['hooks/a.js', 'hooks/secret.js', 'hooks/esm/a.js', 'hooks/esm/deep/a.js'])
  })

  it('"*" stays within one directory, "**" crosses them', () => {
    expect(unpublished(['hooks/*.js', 'lib'])).toEqual(['hooks/esm/a.js', 'hooks/esm/deep/a.js'])
    expect(unpublished(['hooks/**/*.js', 'lib'])).toEqual([])
  })

  it('a "!" entry excludes a file from a published directory', () => {
    expect(unpublished(['hooks', 'lib', '!hooks/secret.js'])).toEqual(['hooks/secret.js'])
  })

  it('a "files" field that is not an array of strings is a problem at "files"', () => {
    const dir = join(root, 'malformed')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'hook.js'), 'module.exports = function hook () {}\n')
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'malformed', version: '1.0.0', files: 'hooks', autowrapt: { hooks: { 'target-cjs': './hook.js' } } }))
    const json = JSON.parse(runCli(['check', '--json', dir]).stdout)
    expect(json.problems).toEqual([{ code: 'AUTOWRAPT_CHECK_FILES_FIELD', message: 'must be an array of file, directory or glob strings', jsonPath: 'files' }])
  })
})
