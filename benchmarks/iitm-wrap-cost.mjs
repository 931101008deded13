// Where import-in-the-middle's in-thread time goes in the large app: the same
// six package targets as bench-patches, import-in-the-middle's createHook sync
// hooks alone (no autowrapt), timed from inside the hooks. It separates the
// wrapper builds (export collection and, since import-in-the-middle 3.6.0, the
// scan for `export *` cycles, import-in-the-middle#291) from the per-module
// pass-through, and times the app with the cycle scan cut short (measurement
// only) beside import-in-the-middle as released and the pass-through floor.
// Needs no build of autowrapt (the application is generated if missing):
//   node benchmarks/iitm-wrap-cost.mjs [--runs N] [--nodes a:b]
// Writes benchmarks/results/iitm-wrap-cost-node<major>.json: medians of CPU ms
// (all threads), peak RSS, and wall ms inside the hooks.
// Node versions without usable module.registerHooks are skipped.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP, MB, median, parseArgs, round1, round3, runNode, timeCases } from './bench-lib.mjs'
import { generateApp, TARGETS } from './generate-app.mjs'

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results')
const PRELOAD = 'iitm-wrap-cost-preload.mjs'
const SOURCE = `import { createHook } from 'import-in-the-middle/create-hook.mjs'
import { supportsSyncHooks } from 'import-in-the-middle/supports-sync-hooks.mjs'
import { addHook } from 'import-in-the-middle'
import { createRequire, registerHooks } from 'node:module'
import { pathToFileURL } from 'node:url'
const hookUrl = pathToFileURL(createRequire(import.meta.url).resolve('import-in-the-middle/hook.mjs')).href
const hooks = createHook({ url: hookUrl })
const targets = new Set(${JSON.stringify(TARGETS)})
hooks.applyOptions({ shouldInclude: (url, specifier) => targets.has(specifier) })
addHook(() => {})
const s = { resolves: 0, loads: 0, wrappers: 0, wrapMs: 0, wrapLoads: 0, wrapLoadMs: 0, wrapResolves: 0, wrapResolveMs: 0 }
let inResolveHook = false
// IITM_NO_SCAN=1 (measurement only): the resolutions of the cycle scan, whose
// context has importAttributes but no conditions, are reported as CommonJS, so
// the scan does not descend; export collection is unchanged.
const noScan = process.env.IITM_NO_SCAN === '1'
const scanned = (result, context) => noScan && context && !('conditions' in context) && 'importAttributes' in context ? { ...result, format: 'commonjs' } : result
const timed = (fn, count, ms) => (a, b) => { const t = performance.now(); try { return fn(a, b) } finally { s[count]++; s[ms] += performance.now() - t } }
if (supportsSyncHooks()) registerHooks({
  resolve (specifier, context, nextResolve) {
    s.resolves++
    // import-in-the-middle keeps this nextResolve and calls it again while it builds a wrapper.
    const later = timed(nextResolve, 'wrapResolves', 'wrapResolveMs')
    inResolveHook = true
    try { return hooks.resolveSync(specifier, context, (a, b) => inResolveHook ? nextResolve(a, b) : scanned(later(a, b), b)) } finally { inResolveHook = false }
  },
  load (url, context, nextLoad) {
    s.loads++
    if (!url.includes('iitm=')) return hooks.loadSync(url, context, nextLoad)
    const t = performance.now()
    try { return hooks.loadSync(url, context, timed(nextLoad, 'wrapLoads', 'wrapLoadMs')) } finally { s.wrappers++; s.wrapMs += performance.now() - t }
  },
})
process.on('exit', () => process._rawDebug('iitm-wrap-cost ' + JSON.stringify(s)))
`

// In-hook figures (wall ms inside the hooks) from separate runs; CPU and peak
// RSS of the whole process from interleaved rounds against the floor.
function hookStats(node, env, runs) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const line = runNode(node, ['--import', `./${PRELOAD}`, 'main.mjs'], env)
      .stderr.split('\n')
      .find((l) => l.startsWith('iitm-wrap-cost '))
    samples.push(JSON.parse(line.slice('iitm-wrap-cost '.length)))
  }
  return Object.fromEntries(Object.keys(samples[0]).map((key) => [key, round1(median(samples.map((x) => x[key])))]))
}

const CASES = [
  { id: 'floor', args: ['--import', './preload-noop-sync.mjs'], env: {} },
  { id: 'iitm', args: ['--import', `./${PRELOAD}`], env: {} },
  { id: 'iitm-no-scan', args: ['--import', `./${PRELOAD}`], env: { IITM_NO_SCAN: '1' } },
]

const { runs, nodes } = parseArgs(process.argv.slice(2), 10)
generateApp(APP)
writeFileSync(join(APP, PRELOAD), SOURCE)
for (const node of nodes) {
  const version = runNode(node, ['-p', 'process.version'], {}).stdout.trim()
  const withScan = hookStats(node, {}, 3)
  if (withScan.resolves === 0) {
    console.log(`${version}: no usable module.registerHooks, skipped`)
    continue
  }
  const checksum = runNode(node, ['main.mjs'], {}).stdout
  for (const c of CASES)
    if (runNode(node, [...c.args, 'main.mjs'], c.env).stdout !== checksum) throw new Error(`case ${c.id} changed the output`)
  const timed = timeCases(node, CASES, runs)
  const cpu = (id) => median(timed[id].cpuMs)
  const rss = (id) => median(timed[id].rssKB) / MB
  const report = {
    node: version,
    date: new Date().toISOString(),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    runs,
    cpuMs: Object.fromEntries(CASES.map((c) => [c.id, round1(cpu(c.id))])),
    cpuRatioToFloor: Object.fromEntries(CASES.map((c) => [c.id, round3(cpu(c.id) / cpu('floor'))])),
    rssMB: Object.fromEntries(CASES.map((c) => [c.id, round1(rss(c.id))])),
    inHooks: { withScan: hookStats(node, {}, runs), withoutScan: hookStats(node, { IITM_NO_SCAN: '1' }, runs) },
  }
  console.log(JSON.stringify(report, null, 2))
  mkdirSync(RESULTS, { recursive: true })
  writeFileSync(join(RESULTS, `iitm-wrap-cost-node${version.slice(1).split('.')[0]}.json`), JSON.stringify(report, null, 2) + '\n')
}
