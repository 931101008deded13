// Running the built `autowrapt` command (dist/cli/main.js) with the current
// Node. The CLI is the same on every Node version, so one is enough.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, ROOT } from './node.js'

export const CLI = join(ROOT, 'dist/cli/main.js')
export const CLI_FIXTURES = join(FIXTURES, 'cli')

export type CliResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before these tests`)
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? FIXTURES, env, encoding: 'utf8', timeout: 60_000 })
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' }
}
