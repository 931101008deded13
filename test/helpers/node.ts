// Spawning real node processes for integration tests. Every test runs under
// each Node binary named in AUTOWRAPT_TEST_NODES (colon-separated paths), or
// under the current Node when it is unset.
import { spawnSync } from 'node:child_process'
import { describe, it } from 'vitest'
import { FIXTURES, esmNodes, nodes, type NodeBin } from './nodes.js'

export { APPS, FIXTURES, ROOT, esmMechanism, esmNodes, hasSyncHooks, nodes, type EsmMechanism, type NodeBin } from './nodes.js'

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
  // One prefix per warning, in every test: a message handed to warn() must
  // not carry its own (it adds it).
  if (stderr.includes('autowrapt: autowrapt: ')) throw new Error(`a warning with a doubled prefix:\n${stderr}`)
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
 * As forEachNode, for tests of ESM hooking: also under a Node that runs the
 * other ESM mechanism when the listed ones cover only one (see nodes.ts).
 */
export function forEachEsmNode(body: (node: NodeBin) => void): void {
  for (const node of esmNodes) describe(`node ${node.version}`, () => body(node))
}

/**
 * A test that needs a Node feature: skipped where it is absent, with the
 * reason in the test's name so the skip is visible in the report.
 */
export function itWhen(condition: boolean, reason: string, name: string, fn: () => void | Promise<void>): void {
  if (condition) it(name, fn)
  else it.skip(`${name} [skipped: ${reason}]`, fn)
}
