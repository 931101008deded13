// What autowrapt costs when it is installed but off: case (a) plain node
// against case (b) `--import autowrapt/register` with AUTOWRAPT_BOOTSTRAP
// unset, with more rounds than startup.mjs so that a 2% difference can be told
// from this machine's noise. Run after `npm run bench` has generated the app:
//   node benchmarks/off-cost.mjs [--runs N] [--nodes /path/node20:/path/node26]
// Writes benchmarks/results/off-cost-node<major>.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP, median, parseArgs, round1, round3, runNode, timeCases } from './bench-lib.mjs'
import { generateApp } from './generate-app.mjs'

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results')
const CASES = [
  { id: 'a', label: 'plain node', args: [], env: {} },
  { id: 'b', label: 'autowrapt, bootstrap unset', args: ['--import', 'autowrapt/register'], env: {} },
]

const options = parseArgs(process.argv.slice(2), 30)
generateApp(APP)
mkdirSync(RESULTS, { recursive: true })
for (const node of options.nodes) {
  const version = runNode(node, ['-p', 'process.version'], {}).stdout.trim()
  process.stderr.write(`${version}: ${options.runs} rounds `)
  const samples = timeCases(node, CASES, options.runs)
  // Paired per round: each round runs (a) and (b) back to back, so the ratio of
  // the same round cancels most of the machine's drift.
  const paired = samples.b.ms.map((ms, i) => ms / samples.a.ms[i])
  const report = {
    node: version,
    date: new Date().toISOString(),
    runs: options.runs,
    medianMs: { a: round1(median(samples.a.ms)), b: round1(median(samples.b.ms)) },
    ratioOfMedians: round3(median(samples.b.ms) / median(samples.a.ms)),
    medianPairedRatio: round3(median(paired)),
    cpuRatioOfMedians: samples.a.cpuMs.length ? round3(median(samples.b.cpuMs) / median(samples.a.cpuMs)) : undefined,
  }
  console.log(`${version}: (a) ${report.medianMs.a} ms, (b) ${report.medianMs.b} ms; (b)/(a) ${report.ratioOfMedians}, paired ${report.medianPairedRatio}, CPU ${report.cpuRatioOfMedians}`)
  writeFileSync(join(RESULTS, `off-cost-node${version.slice(1).split('.')[0]}.json`), JSON.stringify(report, null, 2) + '\n')
}
