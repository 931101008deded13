import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CLI, CLI_FIXTURES, runCli } from '../helpers/cli.js'
import { APPS, ROOT } from '../helpers/node.js'

const NODE = process.execPath
const REGISTER_URL = pathToFileURL(join(ROOT, 'register.cjs')).href
const PRINT_ENV = join(CLI_FIXTURES, 'print-env.cjs')

type ChildEnv = { NODE_OPTIONS?: string; AUTOWRAPT_BOOTSTRAP?: string; AUTOWRAPT_REPORT?: string }

function childEnv(stdout: string): ChildEnv {
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildEnv
}

describe('autowrapt run: the command runs with the named hooks switched on', () => {
  it('hooks fire in the command: basic.cjs prints its patched output', () => {
    const plain = runCli(['run', '--bootstrap', 'never-patches', '--', NODE, join(APPS, 'basic.cjs')])
    expect(plain.stdout).toBe('hello world 42\nhttp patched: false false\n')
    const r = runCli(['run', '--bootstrap', 'acme-patches', '--', NODE, join(APPS, 'basic.cjs')])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('hello world (patched) 43\nhttp patched: true true\n')
  })

  it('works from any working directory: register.cjs is preloaded by absolute URL', () => {
    const r = runCli(['run', '-b', 'acme-patches', NODE, join(APPS, 'basic.cjs')], { cwd: tmpdir() })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('hello world (patched) 43\nhttp patched: true true\n')
  })

  it('NODE_OPTIONS already set is kept, and the register entry is appended', () => {
    const before = `--require ${join(CLI_FIXTURES, 'probe.cjs')} --max-old-space-size=256`
    const r = runCli(['run', '-b', 'acme-patches', '--', NODE, PRINT_ENV], { env: { NODE_OPTIONS: before } })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('[probe] preloaded')
    expect(childEnv(r.stdout).NODE_OPTIONS).toBe(`${before} --import ${REGISTER_URL}`)
  })

  for (const already of ['--import autowrapt/register', '--require autowrapt/register', `--import=${REGISTER_URL}`]) {
    it(`the register entry is not added twice (NODE_OPTIONS="${already.replace(ROOT, '<root>')}")`, () => {
      const r = runCli(['run', '-b', 'acme-patches', '--', NODE, PRINT_ENV], { env: { NODE_OPTIONS: already } })
      expect(childEnv(r.stdout).NODE_OPTIONS).toBe(already)
    })
  }

  it('nested runs preload register.cjs once', () => {
    const r = runCli(['run', '-b', 'acme-patches', '--', NODE, CLI, 'run', '-b', 'acme-patches', '--', NODE, PRINT_ENV])
    expect(childEnv(r.stdout).NODE_OPTIONS).toBe(`--import ${REGISTER_URL}`)
  })

  it('AUTOWRAPT_BOOTSTRAP is inherited without --bootstrap, and --bootstrap overrides it', () => {
    expect(childEnv(runCli(['run', '--', NODE, PRINT_ENV], { env: { AUTOWRAPT_BOOTSTRAP: 'acme-patches' } }).stdout).AUTOWRAPT_BOOTSTRAP).toBe('acme-patches')
    expect(childEnv(runCli(['run', '--bootstrap=version-patches', '--', NODE, PRINT_ENV], { env: { AUTOWRAPT_BOOTSTRAP: 'acme-patches' } }).stdout).AUTOWRAPT_BOOTSTRAP).toBe('version-patches')
  })

  it('--report sets AUTOWRAPT_REPORT=1; without it the variable is left alone', () => {
    expect(childEnv(runCli(['run', '-b', 'acme-patches', '--report', '--', NODE, PRINT_ENV]).stdout).AUTOWRAPT_REPORT).toBe('1')
    expect(childEnv(runCli(['run', '-b', 'acme-patches', '--', NODE, PRINT_ENV]).stdout).AUTOWRAPT_REPORT).toBeUndefined()
  })

  it('options after the command belong to the command', () => {
    const r = runCli(['run', '-b', 'acme-patches', NODE, PRINT_ENV, '--report', '--help'])
    expect(r.code).toBe(0)
    expect(childEnv(r.stdout).AUTOWRAPT_REPORT).toBeUndefined()
  })
})

/** Starts `autowrapt run` on wait-for-signal.cjs and resolves once the command is ready. */
async function startRun() {
  const child = spawn(NODE, [CLI, 'run', '-b', 'acme-patches', '--', NODE, join(CLI_FIXTURES, 'wait-for-signal.cjs')], { cwd: CLI_FIXTURES, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (stdout.includes('ready')) resolve()
  }))
  return { child, exited, stdout: () => stdout }
}

describe('autowrapt run: exits as the command exits', () => {
  it('with the command\'s exit code', () => {
    const r = runCli(['run', '-b', 'acme-patches', '--', NODE, '-e', 'process.exit(7)'])
    expect(r.code).toBe(7)
  })

  it('by the same signal when the command dies of one', () => {
    const r = runCli(['run', '-b', 'acme-patches', '--', NODE, '-e', 'process.kill(process.pid, "SIGTERM")'])
    expect(r.code).toBeNull()
    expect(r.signal).toBe('SIGTERM')
  })

  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) {
    it(`${signal} sent to autowrapt reaches the command, which can shut down cleanly`, async () => {
      const run = await startRun()
      run.child.kill(signal)
      expect(await run.exited).toEqual({ code: 0, signal: null })
      expect(run.stdout()).toBe(`ready\nchild got ${signal}\n`)
    })
  }

  it('SIGINT sent to autowrapt alone is not passed on (Ctrl-C already reaches the whole process group), and autowrapt keeps waiting', async () => {
    const run = await startRun()
    run.child.kill('SIGINT')
    // Still running: the next signal is forwarded and ends the command.
    run.child.kill('SIGTERM')
    expect(await run.exited).toEqual({ code: 0, signal: null })
    expect(run.stdout()).toBe('ready\nchild got SIGTERM\n')
  })

  it('a command that does not exist: exit code 127', () => {
    const r = runCli(['run', '-b', 'acme-patches', '--', 'no-such-command-anywhere'])
    expect(r.code).toBe(127)
    expect(r.stderr).toBe('autowrapt: command not found: no-such-command-anywhere\n')
  })
})

describe('autowrapt run: usage errors exit with code 2 and run nothing', () => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['no command after "--"', ['run', '-b', 'acme-patches', '--'], {}, /^autowrapt: no command to run\nput the command after "--": autowrapt run --bootstrap acme-patches -- node app\.js\n$/],
    ['no command at all', ['run', '-b', 'acme-patches'], {}, /no command to run/],
    ['no --bootstrap and no AUTOWRAPT_BOOTSTRAP', ['run', '--', NODE, PRINT_ENV], {}, /no patch packages to apply: AUTOWRAPT_BOOTSTRAP is not set\npass --bootstrap <names> or set AUTOWRAPT_BOOTSTRAP/],
    ['an empty --bootstrap', ['run', '--bootstrap=', '--', NODE, PRINT_ENV], { AUTOWRAPT_BOOTSTRAP: 'acme-patches' }, /--bootstrap names no patch package/],
  ]
  for (const [what, args, env, message] of cases) {
    it(what, () => {
      const r = runCli(args, { env })
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(message)
    })
  }
})
