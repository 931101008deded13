// A/B startup benchmark: case (c) of startup.mjs (the generated application
// with bench-patches) under two builds of autowrapt, interleaved, to measure
// what a change to the hooks costs at startup.
//   node benchmarks/ab-startup.mjs --before /path/to/other/autowrapt [--runs N] [--nodes a:b]
// `--before` is a checkout of autowrapt with its own dist/ (built); "after" is
// this repository. Prints the median wall and CPU time of each, and the median
// of the per-round ratio after/before.
import { join } from 'node:path'
import { APP, median, parseArgs, round3, runNode, timeCases } from './bench-lib.mjs'
import { generateApp } from './generate-app.mjs'

const argv = process.argv.slice(2)
const at = argv.indexOf('--before')
if (at === -1) throw new Error('usage: node benchmarks/ab-startup.mjs --before <autowrapt checkout> [--runs N] [--nodes a:b]')
const before = argv.splice(at, 2)[1]
const { runs, nodes } = parseArgs(argv, 15)
generateApp(APP)

const env = { AUTOWRAPT_BOOTSTRAP: 'bench-patches' }
const CASES = [
  { id: 'before', args: ['--import', join(before, 'register.cjs')], env },
  { id: 'after', args: ['--import', 'autowrapt/register'], env },
]

for (const node of nodes) {
  const checksums = CASES.map((c) => runNode(node, [...c.args, 'main.mjs'], { ...c.env, BENCH_VERIFY: '1' }))
  const fired = checksums.map((r) => r.stderr.split('\n').filter((l) => l.startsWith('bench-hook fired')).length)
  if (checksums[0].stdout !== checksums[1].stdout || fired[0] !== fired[1] || fired[0] === 0) {
    throw new Error(`before and after differ: ${checksums.map((r) => r.stdout.trim())} fired ${fired}`)
  }
  const samples = timeCases(node, CASES, runs)
  const ratios = samples.after.ms.map((ms, i) => ms / samples.before.ms[i])
  const version = runNode(node, ['-p', 'process.version'], {}).stdout.trim()
  console.log(JSON.stringify({
    node: version,
    runs,
    hooksFired: fired[0],
    beforeMs: Math.round(median(samples.before.ms)),
    afterMs: Math.round(median(samples.after.ms)),
    beforeCpuMs: Math.round(median(samples.before.cpuMs)),
    afterCpuMs: Math.round(median(samples.after.cpuMs)),
    medianRatio: round3(median(ratios)),
  }))
}
