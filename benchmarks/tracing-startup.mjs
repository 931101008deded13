// Startup with declarative tracing entries that name files the application
// never loads: what the tracing mechanism alone costs every module load.
// Run after `npm run build`:  node benchmarks/tracing-startup.mjs [--runs N] [--nodes a:b]
// Writes benchmarks/results/tracing-startup-node<major>.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP, median, parseArgs, round1, round3, runNode, timeCases } from './bench-lib.mjs'
import { CJS_PACKAGES, ESM_PACKAGES, generateApp } from './generate-app.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const pad = (n) => String(n).padStart(2, '0')

// 20 entries, 10 on ESM and 10 on CommonJS packages the application loads,
// each naming a file it never loads: every load in those packages is checked
// against the entries and passes through untouched.
function writeTracingPackage() {
  const entries = []
  for (let p = 0; p < 10; p++) {
    const pkg = p % 2 === 0 ? `esm-pkg-${pad((p * 2) % ESM_PACKAGES)}` : `cjs-pkg-${pad((p * 2) % CJS_PACKAGES)}`
    for (const file of ['lib/never-loaded.js', 'dist/never-loaded.js']) {
      entries.push({ channelName: `never-${entries.length}`, module: { name: pkg, filePath: file }, functionQuery: { functionName: 'compute', kind: 'Sync' } })
    }
  }
  const dir = join(APP, 'node_modules', 'bench-tracing')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-tracing', version: '1.0.0', autowrapt: { tracing: entries } }, null, 2) + '\n')
}

const CASES = [
  { id: 'a', label: 'plain node', args: [], env: {} },
  { id: 'b', label: 'autowrapt, bootstrap unset', args: ['--import', 'autowrapt/register'], env: {} },
  { id: 'c', label: 'autowrapt, bench-patches (hooks)', args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: 'bench-patches' } },
  { id: 'e', label: 'no-op module.register', args: ['--import', './preload-noop-register.mjs'], env: {} },
  { id: 'f', label: '20 tracing entries, files unloaded', args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: 'bench-tracing' } },
  { id: 'g', label: 'bench-patches + 20 tracing entries', args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: 'bench-patches,bench-tracing' } },
]

const options = parseArgs(process.argv.slice(2), 10)
generateApp(APP)
writeTracingPackage()
for (const node of options.nodes ?? [process.execPath]) {
  const version = runNode(node, ['-p', 'process.version'], {}).stdout.trim()
  // Same checksum in every case, and the tracing entries really were read (and never applied).
  const checksum = runNode(node, ['main.mjs'], {}).stdout.trim()
  for (const c of CASES) {
    const out = runNode(node, [...c.args, 'main.mjs'], { ...c.env, AUTOWRAPT_REPORT: '1' })
    if (out.stdout.trim() !== checksum) throw new Error(`case ${c.id} printed ${out.stdout.trim()}, expected ${checksum}`)
    const notLoaded = (out.stderr.match(/tracing not-loaded/g) ?? []).length
    if (c.env.AUTOWRAPT_BOOTSTRAP?.includes('bench-tracing') && notLoaded !== 20) throw new Error(`case ${c.id}: ${notLoaded} tracing entries reported not-loaded, expected 20\n${out.stderr}`)
  }
  process.stderr.write(`${version}: timing ${options.runs} rounds of ${CASES.length} cases\n`)
  const samples = timeCases(node, CASES, options.runs)
  const cases = Object.fromEntries(CASES.map((c) => [c.id, { label: c.label, medianMs: round1(median(samples[c.id].ms)), cpuMedianMs: samples[c.id].cpuMs.length ? round1(median(samples[c.id].cpuMs)) : undefined }]))
  for (const c of Object.values(cases)) c.ratio = round3(c.medianMs / cases.a.medianMs)
  console.log(`\nNode ${version}, ${options.runs} rounds, median wall ms (ratio to plain node)`)
  for (const [id, c] of Object.entries(cases)) console.log(`(${id}) ${c.label.padEnd(38)} ${c.medianMs.toFixed(1).padStart(8)}  ${c.ratio.toFixed(3)}`)
  console.log(`(f)/(b) ${round3(cases.f.medianMs / cases.b.medianMs)}   (g)/(c) ${round3(cases.g.medianMs / cases.c.medianMs)}   (f)/(e) ${round3(cases.f.medianMs / cases.e.medianMs)}`)
  const file = join(HERE, 'results', `tracing-startup-node${version.slice(1).split('.')[0]}.json`)
  writeFileSync(file, JSON.stringify({ node: version, date: new Date().toISOString(), runs: options.runs, cases }, null, 2) + '\n')
  console.log(`wrote ${file}`)
}
