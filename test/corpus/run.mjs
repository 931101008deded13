// The real-world compatibility corpus. For every package in packages.mjs,
// every Node binary in AUTOWRAPT_TEST_NODES (colon-separated; default: this
// node) and every way the package can be loaded, three probes run:
//   baseline    no autowrapt
//   targeted    --import autowrapt/register with a patch package that wraps one
//               of the package's functions: same fingerprint, hook fired, calls
//               go through the wrapper
//   untargeted  a patch package for another package (the decoy): same
//               fingerprint, this package untouched, the decoy hooked
// Prints a package x Node table, writes results.json and COMPATIBILITY.md, and
// exits non-zero on any failure that is not a known limitation.
// Usage: node test/corpus/run.mjs [package names...]
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { packages } from './packages.mjs'
import { evaluate } from './evaluate.mjs'
import { renderMarkdown, renderTable } from './report.mjs'
import { nodeBinaries, probeEnvBase, removeRunCaches, runPool } from '../helpers/suite-runner.mjs'

const CORPUS = dirname(fileURLToPath(import.meta.url))
// The autowrapt under test: this checkout, or AUTOWRAPT_CORPUS_ROOT (another built checkout).
const ROOT = process.env.AUTOWRAPT_CORPUS_ROOT || join(CORPUS, '../..')
const WORK = join(CORPUS, '.work')
const MODES = ['baseline', 'targeted', 'untargeted']
// A hang guard, not a timing assertion: date-fns's barrel (hundreds of ES
// modules) took over a minute on Node 24 at a load average of 28.
const PROBE_TIMEOUT_MS = 240_000
const jobs = Number(process.env.AUTOWRAPT_CORPUS_JOBS) || availableParallelism() * 2

function fail(message) {
  console.error(`corpus: ${message}`)
  process.exit(2)
}

function checkPrerequisites() {
  if (!existsSync(join(ROOT, 'dist/runtime.js'))) fail(`autowrapt is not built in ${ROOT}; run \`npm run build\` there first`)
  if (!existsSync(join(CORPUS, 'node_modules/ms'))) fail('corpus packages are not installed; run `npm ci --prefix test/corpus` first')
}

const slug = (name) => name.replace(/^@/, '').replace(/[^a-z0-9]+/gi, '-')
const patchName = (entry, loader) => `corpus-patch-${slug(entry.name)}-${loader}`
const byLoader = (value, loader) => (typeof value === 'object' && value !== null ? value[loader] : value)
const targetOf = (entry, loader) => byLoader(entry.target, loader) ?? entry.name

function writePackage(dir, json, files) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(json, null, 2)}\n`)
  for (const [name, from] of Object.entries(files)) cpSync(join(CORPUS, 'templates', from), join(dir, name))
}

function writePatchPackage(name, target, corpus) {
  const json = { name, version: '1.0.0', private: true, autowrapt: { hooks: { [target]: './hook.cjs#hook' } }, corpus }
  writePackage(join(WORK, 'node_modules', name), json, { 'hook.cjs': 'hook.cjs' })
}

// .work/ is the throwaway application directory the probes run in. autowrapt
// is linked in (resolving `--import autowrapt/register` and the hooks'
// `require('autowrapt')` from there, as in an application); patch packages are
// generated; the corpus packages resolve from ../node_modules.
function prepareWorkDir(selected) {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(join(WORK, 'node_modules'), { recursive: true })
  symlinkSync(relative(join(WORK, 'node_modules'), ROOT), join(WORK, 'node_modules/autowrapt'), 'dir')
  cpSync(join(CORPUS, 'templates/probe.mjs'), join(WORK, 'probe.mjs'))
  writePackage(join(WORK, 'node_modules/corpus-decoy'), { name: 'corpus-decoy', version: '1.0.0', main: 'index.js' }, { 'index.js': 'decoy.cjs' })
  writePatchPackage('corpus-patch-decoy', 'corpus-decoy', { label: 'corpus-decoy', wrap: 'ping' })
  for (const entry of selected) {
    for (const loader of entry.loaders) {
      const corpus = { label: entry.name, wrap: byLoader(entry.wrap, loader), strategy: byLoader(entry.strategy, loader) ?? 'wrap' }
      writePatchPackage(patchName(entry, loader), targetOf(entry, loader), corpus)
    }
  }
}

function probeEnv(entry, loader, mode) {
  // The compile cache (Node 22.1+) only speeds up loading the big bundles.
  // Both caches live in .work/ and are removed when the run ends: nothing is
  // written under HOME, and nothing carries over from another checkout.
  const env = { ...probeEnvBase(), NODE_COMPILE_CACHE: join(WORK, '.compile-cache') }
  if (mode === 'baseline') return env
  env.NODE_OPTIONS = '--import autowrapt/register'
  env.AUTOWRAPT_BOOTSTRAP = mode === 'targeted' ? patchName(entry, loader) : 'corpus-patch-decoy'
  return env
}

function runProbe(node, entry, loader, mode) {
  const args = [join(WORK, 'probe.mjs'), pathToFileURL(join(CORPUS, 'packages.mjs')).href, entry.name, loader, mode]
  return new Promise((resolve) => {
    const child = spawn(node.path, args, { cwd: WORK, env: probeEnv(entry, loader, mode), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), PROBE_TIMEOUT_MS)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.split('\n').find((l) => l.startsWith('CORPUS_RESULT '))
      const result = line ? JSON.parse(line.slice('CORPUS_RESULT '.length)) : { error: `no result (exit ${code ?? signal})` }
      const warnings = [...stderr.matchAll(/^\(node:\d+\) \[(AUTOWRAPT_[A-Z0-9_]+)\] (.*)$/gm)].map((m) => `${m[1]}: ${m[2]}`)
      resolve({ ...result, warnings, exitCode: code, signal, stderr: stderr.trim().replace(/^\(node:\d+\)/gm, '(node:PID)').split('\n').slice(-20).join('\n') })
    })
  })
}

function installedVersion(name) {
  const json = JSON.parse(readFileSync(join(CORPUS, 'node_modules', name, 'package.json'), 'utf8'))
  return json.name === name ? json.version : `${json.name}@${json.version}`
}

async function main() {
  checkPrerequisites()
  const only = process.argv.slice(2)
  const selected = only.length > 0 ? packages.filter((p) => only.includes(p.name)) : packages
  if (selected.length === 0) fail(`no corpus package named ${only.join(', ')}`)
  const nodes = nodeBinaries()
  prepareWorkDir(selected)
  const started = Date.now()

  const probes = []
  for (const node of nodes) for (const entry of selected) for (const loader of entry.loaders) for (const mode of MODES) probes.push({ node, entry, loader, mode })
  // Slow loads first, so the pool does not end waiting on one long probe.
  const order = [...probes].sort((a, b) => Number(b.entry.slow === true) - Number(a.entry.slow === true))
  console.log(`corpus: ${selected.length} packages x ${nodes.length} Node versions (${nodes.map((n) => n.version).join(', ')}): ${probes.length} probes, ${jobs} at a time`)
  const outputs = await runPool(order.map((p) => () => runProbe(p.node, p.entry, p.loader, p.mode)), jobs)
  removeRunCaches(WORK)

  const byKey = new Map()
  order.forEach((p, i) => byKey.set(`${p.node.path}|${p.entry.name}|${p.loader}|${p.mode}`, outputs[i]))
  const cells = []
  for (const entry of selected) {
    for (const node of nodes) {
      const runs = entry.loaders.map((loader) => {
        const get = (mode) => byKey.get(`${node.path}|${entry.name}|${loader}|${mode}`)
        return { loader, ...evaluate({ ...entry, target: targetOf(entry, loader), corpusDir: CORPUS }, node, loader, get('baseline'), get('targeted'), get('untargeted')) }
      })
      cells.push({ name: entry.name, version: installedVersion(entry.name), category: entry.category, node: node.version, major: node.major, runs })
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1)

  for (const cell of cells) {
    for (const run of cell.runs) {
      if (run.status === 'ok') continue
      console.log(`\n${run.status === 'FAIL' ? 'FAIL' : 'known limitation'}: ${cell.name} on Node ${cell.node} (${run.loader})`)
      for (const problem of run.problems) console.log(`  - ${problem}`)
      if (run.limitation) console.log(`  known limitation: ${run.limitation.issue}: ${run.limitation.reason}`)
    }
  }
  console.log(`\n${renderTable(cells, nodes)}`)
  console.log(`corpus: ${probes.length} probes in ${seconds}s`)

  const full = selected.length === packages.length
  if (full) {
    writeFileSync(join(CORPUS, 'results.json'), `${JSON.stringify({ nodes: nodes.map((n) => n.version), cells }, null, 2)}\n`)
    writeFileSync(join(CORPUS, 'COMPATIBILITY.md'), renderMarkdown(cells, nodes, selected))
  }
  const failed = cells.filter((c) => c.runs.some((r) => r.status === 'FAIL')).length
  console.log(`${cells.length - failed} passed, ${failed} failed`)
  process.exitCode = failed > 0 ? 1 : 0
}

await main()
