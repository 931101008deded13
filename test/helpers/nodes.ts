// Which Node binaries the integration tests run under. No vitest import here:
// the global setup (test/helpers/global-setup.ts) reads this too.
//
// Every test runs under each binary in AUTOWRAPT_TEST_NODES (colon-separated
// paths), or under the current Node when it is unset. autowrapt runs ESM hooks
// in one of two ways depending on the Node version (README, "ESM: which
// mechanism runs where"); the ESM tests (forEachEsmNode) also run under one
// extra Node from scripts/install-nodes.sh's cache when the binaries above
// cover only one mechanism, so a default `npm test` exercises both.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { syncHooksOn } from '../../src/core/node-features.js'

export const ROOT = resolve(__dirname, '../..')
export const FIXTURES = join(ROOT, 'test/fixtures')
export const APPS = join(FIXTURES, 'apps')

export type NodeBin = { path: string; version: string; major: number; minor: number; patch: number }
export type EsmMechanism = 'in-thread' | 'loader-thread'

function probe(path: string): NodeBin {
  const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8', env: {} }).trim()
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number]
  return { path, version, major, minor, patch }
}

export const nodes: NodeBin[] = (process.env.AUTOWRAPT_TEST_NODES || process.execPath)
  .split(':')
  .filter(Boolean)
  .map(probe)

/** import-in-the-middle's supportsSyncHooks (22.22.3+, 24.11.1+, 25.1+, 26+), held to it by upstream-contracts.test.ts. */
export function hasSyncHooks(node: NodeBin): boolean {
  return syncHooksOn(`${node.major}.${node.minor}.${node.patch}`)
}

export function esmMechanism(node: NodeBin): EsmMechanism {
  return hasSyncHooks(node) ? 'in-thread' : 'loader-thread'
}

/** Node binaries installed by scripts/install-nodes.sh (same cache folder rules). */
function cachedNodePaths(): string[] {
  const cache = process.env.AUTOWRAPT_NODE_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'autowrapt-nodes')
  if (!existsSync(cache)) return []
  const paths: string[] = []
  for (const dir of readdirSync(cache).sort().reverse()) {
    const modules = join(cache, dir, 'node_modules')
    if (!existsSync(modules)) continue
    for (const pkg of readdirSync(modules)) {
      const bin = join(modules, pkg, 'bin', 'node')
      if (pkg.startsWith('node-') && existsSync(bin)) paths.push(bin)
    }
  }
  return paths
}

/** A Node that runs the ESM mechanism `nodes` lack, if one is installed (process.execPath or the cache). */
function extraEsmNode(): NodeBin | undefined {
  const covered = new Set(nodes.map(esmMechanism))
  if (covered.size === 2) return undefined
  for (const path of [process.execPath, ...cachedNodePaths()]) {
    if (nodes.some((n) => n.path === path)) continue
    try {
      const node = probe(path)
      if (!covered.has(esmMechanism(node))) return node
    } catch {
      // A broken cached binary: try the next one.
    }
  }
  return undefined
}

/** The Nodes the ESM tests run under: `nodes`, plus one running the other mechanism when available. */
export const esmNodes: NodeBin[] = (() => {
  const extra = extraEsmNode()
  return extra === undefined ? nodes : [...nodes, extra]
})()

/** One line saying which ESM mechanisms this run exercises, and under which Node. */
export function describeEsmCoverage(): string {
  const mechanisms = new Map<EsmMechanism, string[]>()
  for (const node of esmNodes) mechanisms.set(esmMechanism(node), [...(mechanisms.get(esmMechanism(node)) ?? []), node.version])
  const ran = [...mechanisms].map(([m, versions]) => `${m} (Node ${versions.join(', ')})`).join('; ')
  const missing = (['in-thread', 'loader-thread'] as const).filter((m) => !mechanisms.has(m))
  const note = missing.length === 0 ? '' : `; NOT covered: ${missing.join(', ')} (no such Node found; run scripts/install-nodes.sh or set AUTOWRAPT_TEST_NODES)`
  return `autowrapt ESM mechanisms in this run: ${ran}${note}`
}
