// Startup and require-time benchmark: how much autowrapt adds to starting a
// ~2,000-module application, against plain Node and two references.
// Run after `npm run build`:
//   node benchmarks/startup.mjs [--runs N] [--nodes /path/node20:/path/node24]
// Node binaries: the current one, plus AUTOWRAPT_BENCH_NODES (colon-separated),
// or exactly the --nodes list. Writes benchmarks/results/startup-node<major>.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP, MB, median, parseArgs, round1, round3, runNode, TIME, timeCases, WARMUP_ROUNDS } from './bench-lib.mjs'
import { generateApp, TARGETS } from './generate-app.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const RESULTS = join(HERE, 'results')

const CASES = [
  { id: 'a', label: 'plain node', args: [], env: {} },
  { id: 'b', label: 'autowrapt, bootstrap unset', args: ['--import', 'autowrapt/register'], env: {} },
  { id: 'c', label: 'autowrapt, bench-patches', args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: 'bench-patches' } },
  { id: 'd', label: 'iitm wrapping everything', args: ['--import', './preload-iitm-all.mjs'], env: {} },
  { id: 'e', label: 'no-op module.register', args: ['--import', './preload-noop-register.mjs'], env: {} },
]


// Before timing: every case runs, prints the same checksum, (c) fires each of
// its hooks once, (b) fires none, and (d) really wraps the modules.
function verify(node) {
  const outputs = {}
  for (const c of CASES) outputs[c.id] = runNode(node, [...c.args, 'main.mjs'], { ...c.env, BENCH_VERIFY: '1' })
  const checksum = outputs.a.stdout.trim()
  for (const c of CASES) {
    if (outputs[c.id].stdout.trim() !== checksum) throw new Error(`case ${c.id} printed "${outputs[c.id].stdout.trim()}", plain node "${checksum}"`)
  }
  const fired = outputs.c.stderr.split('\n').filter((l) => l.startsWith('bench-hook fired: ')).map((l) => l.split(' ')[2]).sort()
  const expected = [...TARGETS, 'http'].sort()
  if (fired.join() !== expected.join()) throw new Error(`case c fired hooks on [${fired}], expected [${expected}]:\n${outputs.c.stderr}`)
  if (outputs.b.stderr.includes('bench-hook fired')) throw new Error('case b fired hooks with AUTOWRAPT_BOOTSTRAP unset')
  const wrapped = Number(/iitm wrapped (\d+)/.exec(outputs.d.stderr)?.[1] ?? 0)
  if (wrapped < 1000) throw new Error(`case d wrapped only ${wrapped} modules:\n${outputs.d.stderr}`)
  return { checksum, hooksFired: fired, iitmWrapped: wrapped }
}

// The cached-require microbenchmark, in child processes alternating plain and
// autowrapt-enabled, two of each; rounds are pooled per variant.
function requireCost(node) {
  const variants = { plain: { args: [], env: {} }, autowrapt: { args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: 'bench-patches' } } }
  const pooled = { plain: {}, autowrapt: {} }
  for (let i = 0; i < 2; i++) {
    for (const [name, v] of Object.entries(variants)) {
      const rounds = JSON.parse(runNode(node, [...v.args, join(HERE, 'require-cost.mjs')], v.env).stdout)
      for (const [form, values] of Object.entries(rounds)) (pooled[name][form] ??= []).push(...values)
    }
  }
  const result = {}
  for (const form of Object.keys(pooled.plain)) {
    const plain = median(pooled.plain[form])
    const withAutowrapt = median(pooled.autowrapt[form])
    result[form] = { plainNs: round1(plain), autowraptNs: round1(withAutowrapt), addedNs: round1(withAutowrapt - plain) }
  }
  return result
}


function evaluateTargets(cases, cost, syncHooks) {
  const r = (id) => cases[id].medianMs / cases.a.medianMs
  const targets = [
    { name: '(b)/(a)', value: r('b'), limit: '<= 1.02', met: r('b') <= 1.02 },
    syncHooks
      ? { name: '(c)/(a)', value: r('c'), limit: '<= 1.10', met: r('c') <= 1.1 }
      : { name: '(c)/(e)', value: cases.c.medianMs / cases.e.medianMs, limit: '<= 1.05', met: cases.c.medianMs / cases.e.medianMs <= 1.05 },
    { name: '(d)/(c)', value: cases.d.medianMs / cases.c.medianMs, limit: '>= 2', met: cases.d.medianMs / cases.c.medianMs >= 2 },
    { name: 'cached require added ns (bare)', value: cost.bare.addedNs, limit: '<= 300', met: cost.bare.addedNs <= 300 },
    { name: 'cached require added ns (relative)', value: cost.relative.addedNs, limit: '<= 300', met: cost.relative.addedNs <= 300 },
  ]
  if (cases.a.rssMB !== undefined) {
    const added = cases.c.rssMB - cases.a.rssMB
    targets.push({ name: 'RSS (c)-(a) MB', value: added, limit: '<= 10', met: added <= 10 })
  }
  return targets.map((t) => ({ ...t, value: round3(t.value) }))
}

function describeNode(node) {
  const probe = "import { supportsSyncHooks } from 'import-in-the-middle/supports-sync-hooks.mjs'; console.log(JSON.stringify({ version: process.version, syncHooks: supportsSyncHooks() }))"
  return JSON.parse(runNode(node, ['--input-type=module', '-e', probe], {}).stdout)
}

function printTable(report) {
  const { node, cases, requireCost: cost, targets } = report
  console.log(`\nNode ${node.version} (${node.syncHooks ? 'in-thread sync hooks' : 'off-thread module.register'}), ${report.runs} runs, median wall ms`)
  console.log('case                                 wall ms   vs (a)    CPU ms   vs (a)   peak RSS MB')
  const cell = (x, digits, width) => (x === undefined ? 'n/a' : x.toFixed(digits)).padStart(width)
  for (const [id, c] of Object.entries(cases)) {
    console.log(`(${id}) ${c.label.padEnd(31)} ${cell(c.medianMs, 1, 7)}   ${cell(c.ratio, 3, 6)}   ${cell(c.cpuMedianMs, 0, 7)}   ${cell(c.cpuRatio, 3, 6)}   ${cell(c.rssMB, 1, 11)}`)
  }
  for (const [form, v] of Object.entries(cost)) console.log(`cached require (${form}): plain ${v.plainNs} ns, autowrapt ${v.autowraptNs} ns, added ${v.addedNs} ns`)
  for (const t of targets) console.log(`target ${t.name.padEnd(36)} ${String(t.value).padStart(9)} ${t.limit.padEnd(8)} ${t.met ? 'met' : 'MISSED'}`)
}

function benchNode(node, runs) {
  const info = describeNode(node)
  process.stderr.write(`${info.version}: verifying cases\n`)
  const verified = verify(node)
  process.stderr.write(`${info.version}: timing ${WARMUP_ROUNDS} warm-up + ${runs} rounds of ${CASES.length} cases `)
  const samples = timeCases(node, CASES, runs)
  const cases = {}
  for (const c of CASES) {
    const s = samples[c.id]
    cases[c.id] = {
      label: c.label,
      args: c.args,
      env: c.env,
      medianMs: round1(median(s.ms)),
      samplesMs: s.ms.map(round1),
      cpuMedianMs: s.cpuMs.length ? round1(median(s.cpuMs)) : undefined,
      rssMB: s.rssKB.length ? round1(median(s.rssKB) / MB) : undefined,
    }
  }
  for (const c of Object.values(cases)) {
    c.ratio = round3(c.medianMs / cases.a.medianMs)
    if (c.cpuMedianMs !== undefined) c.cpuRatio = round3(c.cpuMedianMs / cases.a.cpuMedianMs)
  }
  process.stderr.write(`${info.version}: cached require microbenchmark\n`)
  const cost = requireCost(node)
  return {
    node: info,
    machine: { nproc: cpus().length, cpu: cpus()[0]?.model, loadAverageAtEnd: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') },
    date: new Date().toISOString(),
    runs,
    warmupRounds: WARMUP_ROUNDS,
    rssMethod: existsSync(TIME) ? `${TIME} -f '%M %U %S' around every timed run (peak RSS; CPU = user + sys of all threads)` : 'not measured (no /usr/bin/time)',
    app: verified,
    cases,
    requireCost: cost,
    targets: evaluateTargets(cases, cost, info.syncHooks),
  }
}

const options = parseArgs(process.argv.slice(2), 15)
if (!existsSync(join(HERE, '..', 'dist', 'bootstrap.js'))) throw new Error('dist/ is missing: run `npm run build` first')
const app = generateApp(APP)
process.stderr.write(`app: ${app.esmModules} ESM + ${app.cjsModules} CommonJS modules in ${app.packages} packages${app.regenerated ? ' (regenerated)' : ''}\n`)
mkdirSync(RESULTS, { recursive: true })
for (const node of options.nodes) {
  const report = benchNode(node, options.runs)
  printTable(report)
  const major = report.node.version.slice(1).split('.')[0]
  writeFileSync(join(RESULTS, `startup-node${major}.json`), JSON.stringify(report, null, 2) + '\n')
}
