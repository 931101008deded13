// Running an application, or a snippet of code, in a child `node` with
// autowrapt preloaded and a given AUTOWRAPT_BOOTSTRAP, the way an operator
// would start it, and collecting everything a test asserts on: exit code,
// stdout, stderr, coded warnings and the parsed report.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Report, ReportEntry } from '../report/report.js'
import { entriesFor, parseWarnings, readReports, type ChildWarning } from './output.js'

// This copy's own register entry, by absolute path: the child preloads exactly
// the autowrapt under test, wherever the working directory would resolve one.
// --import takes a URL (no quoting needed); --require takes a path, quoted the
// way NODE_OPTIONS reads it, so a space in the path survives.
const REGISTER_PATH = resolve(__dirname, '..', '..', 'register.cjs')
const PRELOAD = { import: `--import ${pathToFileURL(REGISTER_PATH).href}`, require: `--require ${JSON.stringify(REGISTER_PATH)}` }

export type RunWithHooksOptions = {
  /** AUTOWRAPT_BOOTSTRAP: patch package and group names, as a list or comma-separated. */
  readonly bootstrap: string | readonly string[]
  /** The script to run, relative to `cwd`. Give `script` or `code`. */
  readonly script?: string
  /** Source text to run instead of a script (`node -e`); imports resolve from `cwd`. */
  readonly code?: string
  /** How `code` is parsed: `'commonjs'` (default) or `'module'`. */
  readonly codeFormat?: 'commonjs' | 'module'
  /** Arguments after the script. */
  readonly args?: readonly string[]
  /** Working directory: patch packages and targets resolve from here. Default: process.cwd(). */
  readonly cwd?: string
  /** How autowrapt is preloaded: `'import'` (default), `'require'`, or `'none'` for a baseline run. */
  readonly preload?: 'import' | 'require' | 'none'
  /** Environment on top of this process's, minus NODE_OPTIONS and AUTOWRAPT_*; `undefined` deletes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Further NODE_OPTIONS (after the preload). */
  readonly nodeOptions?: readonly string[]
  /** The node binary. Default: process.execPath. */
  readonly node?: string
  /** Written to the child's stdin. */
  readonly input?: string
  /** The child is killed after this long. Default 30 000 ms. */
  readonly timeoutMs?: number
}

export type RunWithHooksResult = {
  /** Exit code, or null when the child was killed by a signal. */
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  /** Coded warnings on stderr, in order. */
  readonly warnings: ChildWarning[]
  /** Their codes alone. */
  readonly warningCodes: string[]
  /** One report per process and worker thread that bootstrapped autowrapt (children too), in exit order. */
  readonly reports: Report[]
  /** The report of the process that was started (its main thread), if it bootstrapped. */
  readonly report: Report | undefined
  /** Report entries for one target (and, optionally, one patch package), across all reports. */
  entries(target: string, patchPackage?: string): ReportEntry[]
}

function childEnvironment(options: RunWithHooksOptions, reportFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  // The child's autowrapt setup is what the test says, not what the test runner inherited.
  for (const [key, value] of Object.entries(process.env)) if (key !== 'NODE_OPTIONS' && !key.startsWith('AUTOWRAPT_')) env[key] = value
  const preload = options.preload ?? 'import'
  const nodeOptions = [...(preload === 'none' ? [] : [PRELOAD[preload]]), ...(options.nodeOptions ?? [])]
  if (nodeOptions.length > 0) env.NODE_OPTIONS = nodeOptions.join(' ')
  env.AUTOWRAPT_BOOTSTRAP = typeof options.bootstrap === 'string' ? options.bootstrap : options.bootstrap.join(',')
  env.AUTOWRAPT_REPORT = reportFile
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

function childArguments(options: RunWithHooksOptions): string[] {
  if ((options.script === undefined) === (options.code === undefined)) {
    throw new TypeError('autowrapt/testing runWithHooks(): give either `script` (a file to run) or `code` (source text)')
  }
  if (options.script !== undefined) return [options.script, ...(options.args ?? [])]
  const format = options.codeFormat === 'module' ? ['--input-type=module'] : []
  return [...format, '-e', options.code!, ...(options.args ?? [])]
}

/**
 * Runs `script` (or `code`) in a child `node` with autowrapt preloaded and
 * AUTOWRAPT_BOOTSTRAP set, and resolves with its exit code, output, coded
 * warnings and report (AUTOWRAPT_REPORT is pointed at a temporary file unless
 * `env` sets it). Never rejects for what the child does; throws for a wrong call.
 *
 * @example
 * const run = await runWithHooks({ script: 'app.js', cwd: fixtureDir, bootstrap: 'acme-patches' })
 * assert.equal(run.code, 0)
 * assertNoWarnings(run) // fails with every warning's text
 * assert.equal(run.entries('pg', 'acme-patches')[0]?.outcome, 'fired')
 */
export function runWithHooks(options: RunWithHooksOptions): Promise<RunWithHooksResult> {
  const args = childArguments(options)
  const dir = mkdtempSync(join(tmpdir(), 'autowrapt-test-'))
  const reportFile = join(dir, 'report.jsonl')
  const env = childEnvironment(options, reportFile)
  return new Promise((resolvePromise) => {
    const child = spawn(options.node ?? process.execPath, args, {
      cwd: options.cwd ?? process.cwd(),
      env,
      timeout: options.timeoutMs ?? 30_000,
      killSignal: 'SIGKILL',
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdin.on('error', () => {}) // a child that exits without reading stdin
    child.stdin.end(options.input ?? '')
    let finished = false
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (finished) return
      finished = true
      // A caller who set AUTOWRAPT_REPORT themselves reads it themselves.
      const reports = env.AUTOWRAPT_REPORT === reportFile ? readReports(reportFile) : []
      rmSync(dir, { recursive: true, force: true })
      const warnings = parseWarnings(stderr)
      resolvePromise({
        code,
        signal,
        stdout,
        stderr,
        warnings,
        warningCodes: warnings.map((w) => w.code),
        reports,
        report: reports.find((r) => r.pid === child.pid && r.threadId === 0),
        entries: (target, patchPackage) => entriesFor(reports, target, patchPackage),
      })
    }
    child.on('error', (error) => {
      stderr += `${error.message}\n`
      finish(null, null)
    })
    child.on('close', finish)
  })
}
