// Where the loader thread's time goes on the module.register path (Node 20):
// runs the large app's (c) autowrapt, (e) no-op loader and (g) peer cases
// with --cpu-prof, and splits each thread's sampled busy time into
// import-in-the-middle building target wrappers (its processModule, the
// import-cycle search and the loads and resolutions they drive), file reads
// through fs/promises (Node's default load; import-in-the-middle's reads of
// the modules it inspects go through it too), autowrapt's own functions, and
// the rest (Node's loader, the application's modules).
// Run after `npm run build`, on a Node without usable module.registerHooks:
//   node benchmarks/loader-thread-profile.mjs [--runs N]
// Writes results/loader-thread-profile-node<major>.json and, for the last
// (c) run, its loader thread's profile (results/loader-thread-c-node<major>.cpuprofile.gz).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { APP, median, runNode } from './bench-lib.mjs'
import { generateApp } from './generate-app.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5
const CASES = {
  c: { args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: 'bench-patches' } },
  e: { args: ['--import', './preload-noop-register.mjs'], env: {} },
  g: { args: ['--import', './preload-peer.mjs'], env: {} },
}

function attribute(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const ms = { busy: 0, iitmWrapperBuilding: 0, asyncFileReads: 0, autowraptOwn: 0 }
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    const leaf = byId.get(profile.samples[i]).callFrame
    if (leaf.functionName === '(idle)') continue
    ms.busy += dt
    // fs/promises reads resume from the microtask queue, without their caller on the stack.
    if (['read', 'close', 'openFileHandle', 'fstat'].includes(leaf.functionName) || leaf.url === 'node:internal/fs/promises') ms.asyncFileReads += dt
    if (/\/(dist\/esm|loader\.mjs)/.test(leaf.url) && !/node_modules/.test(leaf.url)) ms.autowraptOwn += dt
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame
      if (/import-in-the-middle/.test(f.url) && (f.functionName === 'driveAsync' || f.functionName === 'getSource')) {
        ms.iitmWrapperBuilding += dt
        break
      }
    }
  }
  return ms
}

if (process.versions.node.split('.')[0] >= 22) process.stderr.write('note: this Node may use in-thread hooks; the loader-thread figures then describe (e) and (g) only\n')
generateApp(APP)
const samples = Object.fromEntries(Object.keys(CASES).map((id) => [id, []]))
let lastProfile
for (let round = 0; round < runs; round++) {
  for (const [id, c] of Object.entries(CASES)) {
    const dir = mkdtempSync(join(tmpdir(), 'autowrapt-prof-'))
    runNode(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100', ...c.args, 'main.mjs'], c.env)
    // One profile per thread; the loader thread's is the one that is not the main thread's (thread id 0).
    const file = readdirSync(dir).find((f) => !/\.0\.\d+\.cpuprofile$/.test(f))
    if (file === undefined) throw new Error(`case ${id}: no loader-thread profile`)
    const text = readFileSync(join(dir, file), 'utf8')
    samples[id].push(attribute(JSON.parse(text)))
    if (id === 'c') lastProfile = text
    rmSync(dir, { recursive: true, force: true })
  }
  process.stderr.write('.')
}
process.stderr.write('\n')
const round = (x) => Math.round(x)
const result = {
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  runs,
  note: 'CPU profile samples (100 us) of the loader thread only, medians over the runs, in ms. iitmWrapperBuilding: time under import-in-the-middle getSource/driveAsync (processModule, the cycle search, and the nextLoad/nextResolve calls they drive). asyncFileReads: self time of fs/promises file reads (the default load reads every module this way, and import-in-the-middle reads the modules it inspects through it; their callers are not on the stack, so they are not in iitmWrapperBuilding). autowraptOwn: self time in autowrapt functions.',
  loaderThread: Object.fromEntries(
    Object.entries(samples).map(([id, list]) => [
      id,
      Object.fromEntries(Object.keys(list[0]).map((key) => [key, round(median(list.map((s) => s[key])))])),
    ]),
  ),
}
const major = process.versions.node.split('.')[0]
writeFileSync(join(HERE, 'results', `loader-thread-profile-node${major}.json`), JSON.stringify(result, null, 2) + '\n')
writeFileSync(join(HERE, 'results', `loader-thread-c-node${major}.cpuprofile.gz`), gzipSync(lastProfile))
console.log(JSON.stringify(result.loaderThread, null, 2))
