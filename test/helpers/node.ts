// Spawning real node processes for integration tests. Every test runs under
// each Node binary named in AUTOWRAPT_TEST_NODES (colon-separated paths), or
// under the current Node when it is unset.
import { execFileSync, spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, it } from 'vitest'

export const ROOT = resolve(__dirname, '../..')
export const FIXTURES = join(ROOT, 'test/fixtures')
export const APPS = join(FIXTURES, 'apps')

export type NodeBin = { path: string; version: string; major: number; minor: number; patch: number }

function probe(path: string): NodeBin {
  const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8', env: {} }).trim()
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number]
  return { path, version, major, minor, patch }
}

export const nodes: NodeBin[] = (process.env.AUTOWRAPT_TEST_NODES || process.execPath)
  .split(':')
  .filter(Boolean)
  .map(probe)

/** Mirrors import-in-the-middle's supportsSyncHooks (22.22.3+, 24.11.1+, 25.1+, 26+). */
export function hasSyncHooks(node: NodeBin): boolean {
  const { major, minor, patch } = node
  if (major >= 26) return true
  if (major === 25) return minor >= 1
  if (major === 24) return minor > 11 || (minor === 11 && patch >= 1)
  if (major === 22) return minor > 22 || (minor === 22 && patch >= 3)
  return false
}

export type RunOptions = {
  cwd?: string
  /** How autowrapt/register is preloaded; null for none. Default 'import'. */
  preload?: 'require' | 'import' | 'both' | null
  bootstrap?: string
  env?: Record<string, string | undefined>
  nodeOptions?: readonly string[]
  input?: string
}

export type RunResult = {
  code: number | null
  stdout: string
  stderr: string
  /** Warning codes, in order, from "(node:pid) [CODE] ..." lines. */
  warnings: string[]
  /** Lines written by fixture hooks: "[hook...] ...". */
  hookLines: string[]
}

export function preloadOptions(preload: RunOptions['preload']): string[] {
  if (preload === 'require') return ['--require', 'autowrapt/register']
  if (preload === 'import') return ['--import', 'autowrapt/register']
  if (preload === 'both') return ['--require', 'autowrapt/register', '--import', 'autowrapt/register']
  return []
}

export function runNode(node: NodeBin, args: string[], options: RunOptions = {}): RunResult {
  const nodeOptions = [...preloadOptions(options.preload === undefined ? 'import' : options.preload), ...(options.nodeOptions ?? [])]
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }
  if (nodeOptions.length > 0) env.NODE_OPTIONS = nodeOptions.join(' ')
  if (options.bootstrap !== undefined) env.AUTOWRAPT_BOOTSTRAP = options.bootstrap
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v
  const result = spawnSync(node.path, args, { cwd: options.cwd ?? FIXTURES, env, encoding: 'utf8', input: options.input, timeout: 30_000 })
  const stderr = result.stderr ?? ''
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr,
    warnings: [...stderr.matchAll(/^\(node:\d+\) \[([A-Z0-9_]+)\]/gm)].map((m) => m[1]!),
    hookLines: stderr.split('\n').filter((l) => l.startsWith('[hook')),
  }
}

/** Runs the body once per Node binary, in a describe block named after its version. */
export function forEachNode(body: (node: NodeBin) => void): void {
  for (const node of nodes) describe(`node ${node.version}`, () => body(node))
}

/**
 * A test that needs a Node feature: skipped where it is absent, with the
 * reason in the test's name so the skip is visible in the report.
 */
export function itWhen(condition: boolean, reason: string, name: string, fn: () => void | Promise<void>): void {
  if (condition) it(name, fn)
  else it.skip(`${name} [skipped: ${reason}]`, fn)
}
