// Startup and require-time benchmark: how much autowrapt adds to starting a
// ~2,000-module application and a small CommonJS script, against plain Node,
// the floor of the mechanism it uses, and OpenTelemetry's way (the peer).
// Run after `npm run build`:
//   node benchmarks/startup.mjs [--runs N] [--nodes /path/node20:/path/node24]
// Node binaries: the current one, plus AUTOWRAPT_BENCH_NODES (colon-separated),
// or exactly the --nodes list. Writes benchmarks/results/startup-node<major>.json.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP, MB, median, parseArgs, round1, round3, runNode, TASK_CLOCK, TIME, timeCases, WARMUP_ROUNDS } from './bench-lib.mjs'
import { generateApp, TARGETS } from './generate-app.mjs'
import { generateSmallApp, RANGE_TARGETS } from './generate-small-app.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const RESULTS = join(HERE, 'results')

const SMALL = join(HERE, '.generated-small')
const REGISTER = ['--import', 'autowrapt/register']
// Node's own compile cache (NODE_COMPILE_CACHE, Node 22.1+), which an operator
// may turn on for a service: the small app's cases run once without any cache
// and once with it set for every variant, floor and plain included. It lives
// in a folder of the benchmark's own: the warm-up rounds fill it, the timed
// rounds use it, and the run removes it at the end (it names this checkout's files).
const COMPILE_CACHE_DIR = join(HERE, '.generated-compile-cache')
const COMPILE_CACHE = { NODE_COMPILE_CACHE: COMPILE_CACHE_DIR }

// Large app: (a)-(e) as before, (f) the in-thread floor where autowrapt uses
// sync hooks (Node 20 has no registerHooks: its floor is (e)), (g) the peer.
const LARGE_CASES = [
  { id: 'a', label: 'plain node', args: [], env: {} },
  { id: 'b', label: 'autowrapt, bootstrap unset', args: REGISTER, env: {} },
  { id: 'c', label: 'autowrapt, bench-patches', args: REGISTER, env: { AUTOWRAPT_BOOTSTRAP: 'bench-patches' } },
  { id: 'd', label: 'iitm wrapping everything', args: ['--import', './preload-iitm-all.mjs'], env: {} },
  { id: 'e', label: 'no-op module.register', args: ['--import', './preload-noop-register.mjs'], env: {} },
  { id: 'f', label: 'no-op module.registerHooks', args: ['--import', './preload-noop-sync.mjs'], env: {}, syncOnly: true },
  { id: 'g', label: 'peer: iitm hook.mjs + RITM', args: ['--import', './preload-peer.mjs'], env: {} },
]

// Small app: one required CommonJS target; and 20 targets with and without
// ranges. The plain, floor and on cases also run with NODE_COMPILE_CACHE set
// (ids ending in -cc).
const SMALL_BASE = [
  { id: 's-plain', label: 'small: plain node', args: [], env: {}, script: 'small.cjs' },
  { id: 's-floor-sync', label: 'small: no-op registerHooks', args: ['--import', './preload-noop-sync.mjs'], env: {}, script: 'small.cjs', syncOnly: true },
  { id: 's-floor-thread', label: 'small: no-op module.register', args: ['--import', './preload-noop-register.mjs'], env: {}, script: 'small.cjs', threadOnly: true },
  { id: 's-on', label: 'small: autowrapt, 1 CJS target', args: REGISTER, env: { AUTOWRAPT_BOOTSTRAP: 'small-patches' }, script: 'small.cjs' },
]
const SMALL_CASES = [
  ...SMALL_BASE,
  ...SMALL_BASE.map((c) => ({ ...c, id: `${c.id}-cc`, label: `${c.label}, compile cache`, env: { ...c.env, ...COMPILE_CACHE } })),
  { id: 's-on-deferred', label: 'small: the same, AUTOWRAPT_ESM=deferred', args: REGISTER, env: { AUTOWRAPT_BOOTSTRAP: 'small-patches', AUTOWRAPT_ESM: 'deferred' }, script: 'small.cjs', threadOnly: true },
  { id: 'r-plain', label: '20 hooks, no ranges', args: REGISTER, env: { AUTOWRAPT_BOOTSTRAP: 'ranges-plain' }, script: 'ranges.cjs' },
  { id: 'r-versioned', label: '20 hooks, with ranges', args: REGISTER, env: { AUTOWRAPT_BOOTSTRAP: 'ranges-versioned' }, script: 'ranges.cjs' },
].map((c) => ({ ...c, cwd: SMALL }))

// The small app's cases get more rounds than the large app's, in a loop of
// their own (interleaved as well): they take milliseconds, and the targets
// they are held to are a few milliseconds wide.
const SMALL_ROUNDS_FACTOR = 3

function casesFor(syncHooks, cases) {
  return cases.filter((c) => !(c.syncOnly && !syncHooks) && !(c.threadOnly && syncHooks))
}


// Before timing: every case runs, prints the same checksum, (c) fires each of
// its hooks once, (b) fires none, and (d) really wraps the modules.
function verify(node, cases) {
  const outputs = {}
  for (const c of cases) outputs[c.id] = runNode(node, [...c.args, c.script ?? 'main.mjs'], { ...c.env, BENCH_VERIFY: '1' }, c.cwd)
  const checksum = outputs.a.stdout.trim()
  for (const c of cases) {
    const expected = c.script === undefined ? checksum : outputs[c.script === 'small.cjs' ? 's-plain' : 'r-plain'].stdout.trim()
    if (outputs[c.id].stdout.trim() !== expected) throw new Error(`case ${c.id} printed "${outputs[c.id].stdout.trim()}", expected "${expected}"`)
  }
  const firedIn = (id) => outputs[id].stderr.split('\n').filter((l) => l.startsWith('bench-hook fired: ')).length
  for (const id of ['s-on', 's-on-cc', 's-on-deferred'].filter((id) => outputs[id] !== undefined)) {
    if (firedIn(id) !== 1) throw new Error(`case ${id} fired ${firedIn(id)} hooks, expected 1:\n${outputs[id].stderr}`)
  }
  for (const id of ['r-plain', 'r-versioned']) {
    if (firedIn(id) !== RANGE_TARGETS.length) throw new Error(`case ${id} fired ${firedIn(id)} hooks, expected ${RANGE_TARGETS.length}:\n${outputs[id].stderr}`)
  }
  const peerFired = Number(/peer fired (\d+)/.exec(outputs.g.stderr)?.[1] ?? 0)
  if (peerFired < TARGETS.length) throw new Error(`case g (peer) fired ${peerFired} hooks:\n${outputs.g.stderr}`)
  const fired = outputs.c.stderr.split('\n').filter((l) => l.startsWith('bench-hook fired: ')).map((l) => l.split(' ')[2]).sort()
  const expected = [...TARGETS, 'http'].sort()
  if (fired.join() !== expected.join()) throw new Error(`case c fired hooks on [${fired}], expected [${expected}]:\n${outputs.c.stderr}`)
  if (outputs.b.stderr.includes('bench-hook fired')) throw new Error('case b fired hooks with AUTOWRAPT_BOOTSTRAP unset')
  const wrapped = Number(/iitm wrapped (\d+)/.exec(outputs.d.stderr)?.[1] ?? 0)
  if (wrapped < 1000) throw new Error(`case d wrapped only ${wrapped} modules:\n${outputs.d.stderr}`)
  return { checksum, hooksFired: fired, iitmWrapped: wrapped, peerFired }
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


// The targets, each from medians of this one interleaved run, as ratios to
// plain node so that they hold on any machine: what autowrapt adds over the
// floor of its mechanism (a no-op hook preload), per plain start.
function evaluateTargets(cases, cost, syncHooks) {
  const ms = (id) => cases[id]?.medianMs ?? NaN
  const rss = (id) => cases[id]?.rssMB
  const floor = syncHooks ? 'f' : 'e'
  const smallFloor = syncHooks ? 's-floor-sync' : 's-floor-thread'
  const t = (name, value, limit, met) => ({ name, value: round3(value), limit, met })
  const added = (suffix) => (ms(`s-on${suffix}`) - ms(`${smallFloor}${suffix}`)) / ms(`s-plain${suffix}`)
  const targets = [
    t('(b)/(a) off', ms('b') / ms('a'), '<= 1.02', ms('b') / ms('a') <= 1.02),
    t(`(c)/(${floor}) large on / floor`, ms('c') / ms(floor), 'report', true),
    t('(c)/(g) large on / peer', ms('c') / ms('g'), 'report', true),
    syncHooks
      ? t('small (on - floor) / plain', added(''), '<= 0.10', added('') <= 0.1)
      : t('small (on - floor) / plain', added(''), '<= 0.25', added('') <= 0.25),
    ...(syncHooks ? [t('small (on - floor) / plain, compile cache', added('-cc'), '<= 0.05', added('-cc') <= 0.05)] : []),
    ...(syncHooks ? [] : [t('small, AUTOWRAPT_ESM=deferred: (on - floor) / plain', (ms('s-on-deferred') - ms(smallFloor)) / ms('s-plain'), 'report', true)]),
    t('20 ranges - no ranges, ms', ms('r-versioned') - ms('r-plain'), 'report', true),
    t('cached require added ns (bare)', cost.bare.addedNs, '<= 300', cost.bare.addedNs <= 300),
    t('cached require added ns (relative)', cost.relative.addedNs, '<= 300', cost.relative.addedNs <= 300),
  ]
  if (rss('a') !== undefined) {
    targets.push(t(`RSS (c)-(${floor}) MB`, rss('c') - rss(floor), 'report', true))
    if (syncHooks) targets.push(t('small RSS on - plain MB', rss('s-on') - rss('s-plain'), '<= 4', rss('s-on') - rss('s-plain') <= 4))
  }
  return targets
}

function describeNode(node) {
  const probe = "import { supportsSyncHooks } from 'import-in-the-middle/supports-sync-hooks.mjs'; console.log(JSON.stringify({ version: process.version, syncHooks: supportsSyncHooks() }))"
  return JSON.parse(runNode(node, ['--input-type=module', '-e', probe], {}).stdout)
}

function printTable(report) {
  const { node, cases, requireCost: cost, targets } = report
  console.log(`\nNode ${node.version} (${node.syncHooks ? 'in-thread sync hooks' : 'off-thread module.register'}), ${report.runs} runs (small app: ${report.smallAppRuns}), median wall ms`)
  console.log('case                                      wall ms   vs (a)    CPU ms   vs (a)   peak RSS MB')
  const cell = (x, digits, width) => (x === undefined ? 'n/a' : x.toFixed(digits)).padStart(width)
  for (const [id, c] of Object.entries(cases)) {
    console.log(`(${id}) ${c.label.padEnd(40 - id.length)} ${cell(c.medianMs, 1, 7)}   ${cell(c.ratio, 3, 6)}   ${cell(c.cpuMedianMs, 0, 7)}   ${cell(c.cpuRatio, 3, 6)}   ${cell(c.rssMB, 1, 11)}`)
  }
  for (const [form, v] of Object.entries(cost)) console.log(`cached require (${form}): plain ${v.plainNs} ns, autowrapt ${v.autowraptNs} ns, added ${v.addedNs} ns`)
  for (const t of targets) console.log(`target ${t.name.padEnd(36)} ${String(t.value).padStart(9)} ${t.limit.padEnd(8)} ${t.limit === 'report' ? '' : t.met ? 'met' : 'MISSED'}`)
}

/** The result as a Markdown table (benchmarks/README.md includes these files; nothing retypes them). */
function markdown(report) {
  const { node, cases, targets } = report
  const cell = (x, digits) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits))
  const lines = [
    `<!-- Generated by benchmarks/startup.mjs on ${report.date}; do not edit. -->`,
    `Node ${node.version} (${node.syncHooks ? 'in-thread module.registerHooks' : 'loader thread, module.register'}), ${report.runs} interleaved rounds (small app: ${report.smallAppRuns}), ${report.machine.nproc} cores, load average at the end ${report.machine.loadAverageAtEnd}.`,
    '',
    '| case | wall ms (median) | vs plain | spread (p25-p75 ms) | peak RSS MB |',
    '| --- | ---: | ---: | --- | ---: |',
  ]
  for (const [id, c] of Object.entries(cases)) {
    const sorted = [...c.samplesMs].sort((a, b) => a - b)
    const q = (f) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]
    lines.push(`| (${id}) ${c.label} | ${cell(c.medianMs, 1)} | ${cell(c.ratio, 3)} | ${cell(q(0.25), 1)}-${cell(q(0.75), 1)} | ${cell(c.rssMB, 1)} |`)
  }
  lines.push('', '| target | value | limit | |', '| --- | ---: | --- | --- |')
  for (const t of targets) lines.push(`| ${t.name} | ${t.value} | ${t.limit} | ${t.limit === 'report' ? '' : t.met ? 'met' : '**missed**'} |`)
  return `${lines.join('\n')}\n`
}

function benchNode(node, runs) {
  const info = describeNode(node)
  process.stderr.write(`${info.version}: verifying cases\n`)
  const large = casesFor(info.syncHooks, LARGE_CASES)
  const small = casesFor(info.syncHooks, SMALL_CASES)
  const CASES = [...large, ...small]
  const verified = verify(node, CASES)
  process.stderr.write(`${info.version}: timing ${WARMUP_ROUNDS} warm-up + ${runs} rounds of ${large.length} large-app cases `)
  const samples = timeCases(node, large, runs)
  process.stderr.write(`${info.version}: timing ${WARMUP_ROUNDS} warm-up + ${runs * SMALL_ROUNDS_FACTOR} rounds of ${small.length} small-app cases `)
  Object.assign(samples, timeCases(node, small, runs * SMALL_ROUNDS_FACTOR))
  const cases = {}
  for (const c of CASES) {
    const s = samples[c.id]
    cases[c.id] = {
      label: c.label,
      args: c.args,
      // Paths of this checkout (the compile cache folder) as the repository names them: results are committed.
      env: Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, v.startsWith(HERE) ? `benchmarks${v.slice(HERE.length)}` : v])),
      medianMs: round1(median(s.ms)),
      samplesMs: s.ms.map(round1),
      cpuMedianMs: s.cpuMs.length ? round1(median(s.cpuMs)) : undefined,
      rssMB: s.rssKB.length ? round1(median(s.rssKB) / MB) : undefined,
    }
  }
  // Ratios against the plain run of the same app.
  for (const [id, c] of Object.entries(cases)) {
    const base = id.endsWith('-cc') ? cases['s-plain-cc'] : id.startsWith('s-') || id.startsWith('r-') ? cases['s-plain'] : cases.a
    c.ratio = round3(c.medianMs / base.medianMs)
    if (c.cpuMedianMs !== undefined) c.cpuRatio = round3(c.cpuMedianMs / base.cpuMedianMs)
  }
  process.stderr.write(`${info.version}: cached require microbenchmark\n`)
  const cost = requireCost(node)
  return {
    node: info,
    machine: { nproc: cpus().length, cpu: cpus()[0]?.model, loadAverageAtEnd: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') },
    date: new Date().toISOString(),
    runs,
    smallAppRuns: runs * SMALL_ROUNDS_FACTOR,
    warmupRounds: WARMUP_ROUNDS,
    rssMethod: existsSync(TIME) ? `${TIME} -f '%M %U %S' around every timed run (peak RSS)` : 'not measured (no /usr/bin/time)',
    cpuMethod: TASK_CLOCK ? 'perf stat -e task-clock (CPU time of all threads, ms)' : 'user + sys from /usr/bin/time (10 ms resolution)',
    app: verified,
    cases,
    requireCost: cost,
    targets: evaluateTargets(cases, cost, info.syncHooks),
  }
}

const options = parseArgs(process.argv.slice(2), 15)
if (!existsSync(join(HERE, '..', 'dist', 'runtime.js'))) throw new Error('dist/ is missing: run `npm run build` first')
const app = generateApp(APP)
process.stderr.write(`app: ${app.esmModules} ESM + ${app.cjsModules} CommonJS modules in ${app.packages} packages${app.regenerated ? ' (regenerated)' : ''}\n`)
generateSmallApp(SMALL)
mkdirSync(RESULTS, { recursive: true })
for (const node of options.nodes) {
  const report = benchNode(node, options.runs)
  printTable(report)
  const major = report.node.version.slice(1).split('.')[0]
  writeFileSync(join(RESULTS, `startup-node${major}.json`), JSON.stringify(report, null, 2) + '\n')
  writeFileSync(join(RESULTS, `startup-node${major}.md`), markdown(report))
}
rmSync(COMPILE_CACHE_DIR, { recursive: true, force: true })
