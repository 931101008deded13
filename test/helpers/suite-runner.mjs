// Shared by the suites that run real npm packages in child processes
// (test/corpus/run.mjs, test/agents/run.mjs): which Node binaries to run, and
// a pool that keeps a fixed number of probes running.
import { execFileSync } from 'node:child_process'

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
