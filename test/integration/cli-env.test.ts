// `autowrapt env`: a NODE_OPTIONS that works from any directory. The bare
// "--import autowrapt/register", exported, breaks every node started where
// autowrapt cannot be resolved; the printed value names register.cjs by URL.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { FIXTURES, ROOT } from '../helpers/node.js'

const REGISTER_URL = pathToFileURL(join(ROOT, 'register.cjs')).href
const elsewhere = mkdtempSync(join(tmpdir(), 'autowrapt-env-'))
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }))

function node(args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('autowrapt env', () => {
  it('prints export lines with register.cjs as an absolute file URL, and the bootstrap names', () => {
    const r = runCli(['env', '--bootstrap', 'acme-patches, version-patches'], { cwd: elsewhere })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(`export NODE_OPTIONS='--import ${REGISTER_URL}'\nexport AUTOWRAPT_BOOTSTRAP='acme-patches,version-patches'\n`)
  })

  it('keeps the other NODE_OPTIONS and replaces a bare autowrapt/register preload; --json for settings files', () => {
    const r = runCli(['env', '--json'], { cwd: FIXTURES, env: { NODE_OPTIONS: '--max-old-space-size=200 --import autowrapt/register', AUTOWRAPT_BOOTSTRAP: 'acme-patches' } })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ NODE_OPTIONS: `--max-old-space-size=200 --import ${REGISTER_URL}`, AUTOWRAPT_BOOTSTRAP: 'acme-patches' })
  })

  it('the printed NODE_OPTIONS runs node from a directory where autowrapt cannot be resolved; the bare one fails there', () => {
    const printed = JSON.parse(runCli(['env', '--json'], { cwd: elsewhere }).stdout) as { NODE_OPTIONS: string }
    const bare = node(['-e', 'console.log("ran")'], elsewhere, { NODE_OPTIONS: '--import autowrapt/register' })
    expect(bare.code).toBe(1)
    expect(bare.stderr).toContain('ERR_MODULE_NOT_FOUND')
    const safe = node(['-e', 'console.log("ran")'], elsewhere, { NODE_OPTIONS: printed.NODE_OPTIONS })
    expect(safe).toEqual({ code: 0, stdout: 'ran\n', stderr: '' })
    // And it still switches autowrapt on where patch packages are installed.
    const hooked = node(['-e', 'console.log(require("target-cjs").greet("env"))'], FIXTURES, { NODE_OPTIONS: printed.NODE_OPTIONS, AUTOWRAPT_BOOTSTRAP: 'acme-patches' })
    expect(hooked.stdout).toBe('hello env (patched)\n')
  })
})
