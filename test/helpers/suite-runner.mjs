// Shared by the suites that run real npm packages in child processes
// (test/corpus/run.mjs, test/agents/run.mjs): which Node binaries to run, the
// environment every probe starts from, a pool that keeps a fixed number of
// probes running, and what a run removes when it ends.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

/** AUTOWRAPT_TEST_NODES (colon-separated paths), or this Node; each with its version. */
export function nodeBinaries() {
  const paths = (process.env.AUTOWRAPT_TEST_NODES || process.execPath).split(':').filter(Boolean)
  return paths.map((path) => {
    const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8', env: {} }).trim()
    return { path, version, major: Number(version.split('.')[0]) }
  })
}

/** Runs `tasks` (functions returning promises), at most `size` at a time; results in task order. */
export async function runPool(tasks, size) {
  const results = new Array(tasks.length)
  let next = 0
  async function worker() {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker))
  return results
}

/** The environment every probe starts from (nothing else is inherited: no NODE_OPTIONS, no AUTOWRAPT_*). */
export function probeEnvBase() {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1' }
}

/**
 * At the end of a run: the cache it kept in its work folder (Node's compile
 * cache). It holds this checkout's absolute paths and serves that run only;
 * the next run starts without it either way.
 */
export function removeRunCaches(work) {
  rmSync(join(work, '.compile-cache'), { recursive: true, force: true })
}
