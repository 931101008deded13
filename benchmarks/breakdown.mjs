// Where case (c)'s startup cost goes: the same generated application, started
// with one ingredient of autowrapt at a time. Run after `npm run bench` has
// generated the application:
//   node benchmarks/breakdown.mjs [--runs N] [--nodes /path/node20:/path/node26]
// Writes benchmarks/results/breakdown-node<major>.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP, MB, median, parseArgs, round1, round3, runNode, timeCases } from './bench-lib.mjs'
import { generateApp, TARGETS } from './generate-app.mjs'

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results')

// Each preload is one ingredient, with the same five package targets as bench-patches.
const PRELOADS = {
  'breakdown-hooks-passthrough.mjs': `import { registerHooks } from 'node:module'
registerHooks({ resolve: (s, c, next) => next(s, c), load: (u, c, next) => next(u, c) })
`,
  'breakdown-iitm-sync.mjs': `import { register } from 'import-in-the-middle/register-hooks.mjs'
import { addHook } from 'import-in-the-middle'
const targets = new Set(${JSON.stringify(TARGETS)})
register({ shouldInclude: (url, specifier) => targets.has(specifier) })
addHook(() => {})
`,
  'breakdown-iitm-async.mjs': `import { register } from 'node:module'
import { addHook } from 'import-in-the-middle'
register('import-in-the-middle/hook.mjs', import.meta.url, { data: { include: ${JSON.stringify(TARGETS)} } })
addHook(() => {})
`,
  'breakdown-ritm.cjs': `const { Hook } = require('require-in-the-middle')
new Hook(${JSON.stringify(TARGETS)}, { internals: false }, (exports) => exports)
`,
}

function casesFor(syncHooks) {
  return [
    { id: 'a', label: 'plain node', args: [], env: {} },
    syncHooks
      ? { id: 'h', label: 'pass-through registerHooks', args: ['--import', './breakdown-hooks-passthrough.mjs'], env: {} }
      : { id: 'e', label: 'no-op module.register', args: ['--import', './preload-noop-register.mjs'], env: {} },
    syncHooks
      ? { id: 'i', label: 'iitm in-thread, 5 targets', args: ['--import', './breakdown-iitm-sync.mjs'], env: {} }
      : { id: 'i', label: 'iitm module.register, 5 targets', args: ['--import', './breakdown-iitm-async.mjs'], env: {} },
    { id: 'r', label: 'require-in-the-middle, 5 targets', args: ['--require', './breakdown-ritm.cjs'], env: {} },
    { id: 'c', label: 'autowrapt, bench-patches', args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: 'bench-patches' } },
  ]
}


function breakdown(node, runs) {
  const probe = "import { supportsSyncHooks } from 'import-in-the-middle/supports-sync-hooks.mjs'; console.log(JSON.stringify({ version: process.version, syncHooks: supportsSyncHooks() }))"
  const info = JSON.parse(runNode(node, ['--input-type=module', '-e', probe], {}).stdout)
  const cases = casesFor(info.syncHooks)
  const checksum = runNode(node, ['main.mjs'], {}).stdout
  for (const c of cases) {
    if (runNode(node, [...c.args, 'main.mjs'], c.env).stdout !== checksum) throw new Error(`case ${c.id} changed the application's output`)
  }
  process.stderr.write(`${info.version}: breakdown, ${runs} rounds `)
  const samples = timeCases(node, cases, runs)
  const a = samples.a
  const rows = cases.map((c) => {
    const s = samples[c.id]
    return {
      id: c.id,
      label: c.label,
      medianMs: round1(median(s.ms)),
      ratio: round3(median(s.ms) / median(a.ms)),
      cpuMedianMs: s.cpuMs.length ? round1(median(s.cpuMs)) : undefined,
      cpuRatio: s.cpuMs.length ? round3(median(s.cpuMs) / median(a.cpuMs)) : undefined,
      rssMB: s.rssKB.length ? round1(median(s.rssKB) / MB) : undefined,
    }
  })
  return { node: info, date: new Date().toISOString(), runs, rows }
}

const options = parseArgs(process.argv.slice(2), 10)
generateApp(APP)
for (const [file, text] of Object.entries(PRELOADS)) writeFileSync(join(APP, file), text)
mkdirSync(RESULTS, { recursive: true })
for (const node of options.nodes) {
  const report = breakdown(node, options.runs)
  console.log(`\nNode ${report.node.version}: where the startup cost goes (median of ${report.runs} rounds)`)
  console.log('case                                     wall ms  vs (a)   CPU ms  vs (a)  RSS MB')
  for (const r of report.rows) {
    console.log(`(${r.id}) ${r.label.padEnd(34)} ${r.medianMs.toFixed(1).padStart(8)}  ${r.ratio.toFixed(3)}  ${String(r.cpuMedianMs).padStart(7)}  ${r.cpuRatio?.toFixed(3)}  ${r.rssMB}`)
  }
  writeFileSync(join(RESULTS, `breakdown-node${report.node.version.slice(1).split('.')[0]}.json`), JSON.stringify(report, null, 2) + '\n')
}
