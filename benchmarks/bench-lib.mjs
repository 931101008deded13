// Shared by the startup benchmarks: spawning cases alike, timing them in
// rotated rounds, and the statistics.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP = join(dirname(fileURLToPath(import.meta.url)), '.generated')
export const WARMUP_ROUNDS = 2
export const TIME = '/usr/bin/time'
export const MB = 1024
export const round1 = (x) => Math.round(x * 10) / 10
export const round3 = (x) => Math.round(x * 1000) / 1000

export const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

// Every child gets the same environment apart from the case's own variables:
// no inherited NODE_OPTIONS or AUTOWRAPT_* settings.
export function childEnv(extra) {
  const env = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (key !== 'NODE_OPTIONS' && !key.startsWith('AUTOWRAPT_') && key !== 'BENCH_VERIFY' && !key.startsWith('NODE_DEBUG')) env[key] = value
  }
  return { ...env, ...extra }
}

export function runNode(node, args, extraEnv, cwd = APP) {
  const result = spawnSync(node, args, { cwd, env: childEnv(extraEnv), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${node} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`)
  return result
}

// One timed start. Wrapped in /usr/bin/time (when present) in every case alike,
// so the peak RSS comes from the same runs as the wall time.
// `perf stat -e task-clock` gives the CPU time of every thread to the
// microsecond where the kernel allows it; /usr/bin/time's user + sys only to
// 10 ms, too coarse for a 40 ms process.
export const TASK_CLOCK = (() => {
  const probe = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', 'true'], { encoding: 'utf8' })
  return probe.status === 0 && /task-clock/.test(probe.stderr)
})()

export function timedRun(node, testCase, rssFile) {
  const nodeArgs = testCase.script === null ? [...testCase.args] : [...testCase.args, testCase.script ?? 'main.mjs']
  let [cmd, args] = rssFile ? [TIME, ['-f', '%M %U %S', '-o', rssFile, node, ...nodeArgs]] : [node, nodeArgs]
  const perfFile = TASK_CLOCK && rssFile ? `${rssFile}.perf` : undefined
  if (perfFile) [cmd, args] = ['perf', ['stat', '-x,', '-e', 'task-clock', '-o', perfFile, cmd, ...args]]
  const start = process.hrtime.bigint()
  const result = spawnSync(cmd, args, { cwd: testCase.cwd ?? APP, env: childEnv(testCase.env), stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`case ${testCase.id} exited with ${result.status}: ${result.stderr}`)
  if (!rssFile) return { ms }
  const [rssKB, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
  const taskClock = perfFile ? Number(/^([\d.]+),msec,task-clock/m.exec(readFileSync(perfFile, 'utf8'))?.[1]) : NaN
  return { ms, rssKB, cpuMs: Number.isFinite(taskClock) ? taskClock : (user + sys) * 1000 }
}

// Rounds of all cases, each round in a rotated order; the first rounds warm
// the file system cache and are discarded.
export function timeCases(node, cases, runs) {
  const rssFile = existsSync(TIME) ? join(tmpdir(), `autowrapt-bench-rss-${process.pid}.txt`) : undefined
  const samples = Object.fromEntries(cases.map((c) => [c.id, { ms: [], rssKB: [], cpuMs: [] }]))
  for (let round = 0; round < WARMUP_ROUNDS + runs; round++) {
    const order = cases.map((_, i) => cases[(i + round) % cases.length])
    for (const c of order) {
      const { ms, rssKB, cpuMs } = timedRun(node, c, rssFile)
      if (round < WARMUP_ROUNDS) continue
      samples[c.id].ms.push(ms)
      if (rssKB !== undefined) samples[c.id].rssKB.push(rssKB)
      if (cpuMs !== undefined) samples[c.id].cpuMs.push(cpuMs)
    }
    process.stderr.write('.')
  }
  process.stderr.write('\n')
  if (rssFile) rmSync(rssFile, { force: true })
  if (rssFile) rmSync(`${rssFile}.perf`, { force: true })
  return samples
}

/** `--runs N` and `--nodes a:b`; nodes default to this node plus AUTOWRAPT_BENCH_NODES. */
export function parseArgs(argv, defaultRuns) {
  const options = { runs: defaultRuns, nodes: undefined }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=')
    const value = inline ?? argv[++i]
    if (flag === '--runs') options.runs = Math.max(1, Number(value))
    else if (flag === '--nodes') options.nodes = value.split(':').filter(Boolean)
    else throw new Error(`unknown option ${flag}; use --runs N and --nodes path1:path2`)
  }
  if (options.runs < 10) process.stderr.write(`warning: --runs ${options.runs} is below the 10 rounds a published result needs\n`)
  options.nodes ??= [process.execPath, ...(process.env.AUTOWRAPT_BENCH_NODES ?? '').split(':').filter(Boolean)]
  return options
}
