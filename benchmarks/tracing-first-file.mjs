// What the first traced file adds to startup, and what a large traced file
// costs per MB (issue 27, findings 9 and 11). Each pair of cases differs only
// in whether the tracing entry names a file the application loads: the
// difference is the cost of tracing that file (loading code-transformer and
// its parser, parsing, transforming, regenerating the source).
// Run after `npm run build`:  node benchmarks/tracing-first-file.mjs [--runs N] [--nodes a:b]
// Writes benchmarks/results/tracing-first-file-node<major>.json; then
// `node benchmarks/tracing-costs-table.mjs` writes the Markdown table.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, parseArgs, round1, round3, runNode, timeCases } from './bench-lib.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const WORK = join(HERE, '.generated', 'tracing-first-file')
const SIZES_MB = [1, 4]

// One function of about 1 KB, many times over: a stand-in for a bundle.
function largeFile(mb) {
  const parts = ["'use strict'"]
  for (let i = 0; parts.join('\n').length < mb * 1024 * 1024; i++) {
    const body = Array.from({ length: 20 }, (_, j) => `  total += helper${i}(x + ${j}) * ${j}`).join('\n')
    parts.push(`function helper${i} (x) { return x * 2 }\nfunction compute${i} (x) {\n  let total = 0\n${body}\n  return total\n}`)
  }
  parts.push('function traced (x) { return x + 1 }', 'module.exports = { traced, compute0 }')
  return parts.join('\n') + '\n'
}

function patchPackage(name, entries) {
  const dir = join(WORK, 'node_modules', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', autowrapt: { tracing: entries } }, null, 2) + '\n')
}

const entry = (name, filePath, functionQuery) => ({ channelName: 'bench', module: { name, filePath }, functionQuery })

function generate() {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  // ajv (CommonJS) and axios (ESM) resolve from the repository's node_modules, above WORK.
  const ajv = { className: 'Ajv', methodName: 'compile', kind: 'Sync' }
  const axios = { className: 'Axios', methodName: 'request', kind: 'Async' }
  patchPackage('bench-ff-cjs', [entry('ajv', 'dist/core.js', ajv)])
  patchPackage('bench-ff-cjs-off', [entry('ajv', 'dist/never-loaded.js', ajv)])
  patchPackage('bench-ff-esm', [entry('axios', 'lib/core/Axios.js', axios)])
  patchPackage('bench-ff-esm-off', [entry('axios', 'lib/core/never-loaded.js', axios)])
  writeFileSync(join(WORK, 'app-cjs.cjs'), "const Ajv = require('ajv').default\nconsole.log(typeof new Ajv().compile({ type: 'string' }))\n")
  writeFileSync(join(WORK, 'app-esm.mjs'), "import axios from 'axios'\nconsole.log(typeof axios.request)\n")
  for (const mb of SIZES_MB) {
    const pkg = join(WORK, 'node_modules', `bench-large-${mb}mb`)
    mkdirSync(pkg, { recursive: true })
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: `bench-large-${mb}mb`, version: '1.0.0', main: 'bundle.js' }) + '\n')
    writeFileSync(join(pkg, 'bundle.js'), largeFile(mb))
    writeFileSync(join(WORK, `app-large-${mb}mb.cjs`), `console.log(require('bench-large-${mb}mb').traced(1))\n`)
    patchPackage(`bench-large-${mb}mb-on`, [entry(`bench-large-${mb}mb`, 'bundle.js', { functionName: 'traced', kind: 'Sync' })])
    patchPackage(`bench-large-${mb}mb-off`, [entry(`bench-large-${mb}mb`, 'never-loaded.js', { functionName: 'traced', kind: 'Sync' })])
  }
}

function cases(compileCache) {
  const cache = compileCache ? { NODE_COMPILE_CACHE: compileCache } : {}
  const c = (id, script, bootstrap, label, env = {}) => ({ id, label, script, cwd: WORK, args: ['--import', 'autowrapt/register'], env: { AUTOWRAPT_BOOTSTRAP: bootstrap, ...env } })
  const list = [
    c('cjs-off', 'app-cjs.cjs', 'bench-ff-cjs-off', 'ajv, entry names a file not loaded'),
    c('cjs-on', 'app-cjs.cjs', 'bench-ff-cjs', 'ajv, entry traces dist/core.js (first traced CommonJS file)'),
    c('esm-off', 'app-esm.mjs', 'bench-ff-esm-off', 'axios, entry names a file not loaded'),
    c('esm-on', 'app-esm.mjs', 'bench-ff-esm', 'axios, entry traces lib/core/Axios.js (first traced ES module)'),
  ]
  if (compileCache) {
    list.push(c('cjs-on-cc', 'app-cjs.cjs', 'bench-ff-cjs', 'first traced CommonJS file, NODE_COMPILE_CACHE warm', cache))
    list.push(c('esm-on-cc', 'app-esm.mjs', 'bench-ff-esm', 'first traced ES module, NODE_COMPILE_CACHE warm', cache))
  }
  for (const mb of SIZES_MB) {
    list.push(c(`large-${mb}-off`, `app-large-${mb}mb.cjs`, `bench-large-${mb}mb-off`, `${mb} MB CommonJS file, untraced`))
    list.push(c(`large-${mb}-on`, `app-large-${mb}mb.cjs`, `bench-large-${mb}mb-on`, `${mb} MB CommonJS file, one function traced`))
  }
  return list
}

// Child mode: where one file's first transform goes, in CPU ms of this
// process: loading code-transformer and its dependencies, the first (cold)
// parse, a second (warm) parse, and autowrapt's whole transform step after
// those (parse, query, transform, regenerating the source and its map).
const CHILD = process.argv[2] === '--phases'
function phases(file, moduleName, filePath, functionQuery, format) {
  const require = createRequire(join(HERE, '..', 'dist', 'tracing', 'transform.js'))
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
  const source = readFileSync(file, 'utf8')
  let t = cpu()
  const { transformFile } = require('./transform.js')
  const ct = require('@apm-js-collab/code-transformer')
  const ctRequire = createRequire(require.resolve('@apm-js-collab/code-transformer'))
  const meriyah = ctRequire('meriyah')
  ctRequire('source-map')
  const load = cpu() - t
  const parseOptions = { loc: true, ranges: true, raw: true, module: format === 'module' }
  t = cpu()
  meriyah.parse(source, parseOptions)
  const parseCold = cpu() - t
  t = cpu()
  meriyah.parse(source, parseOptions)
  const parseWarm = cpu() - t
  const spec = { moduleName, filePath, channelName: 'bench', functionQuery, jsonPath: 'bench' }
  const match = { packageName: moduleName, dir: dirname(file), path: filePath, records: [{ spec }] }
  let status
  t = cpu()
  transformFile(source, file, format, match, (_r, o) => (status = o.status), true)
  const transform = cpu() - t
  if (status !== 'applied' || typeof ct.create !== 'function') throw new Error(`phases: ${file} ${status}`)
  return { sizeMB: round3(source.length / 1024 / 1024), loadMs: round1(load), parseColdMs: round1(parseCold), parseWarmMs: round1(parseWarm), transformStepMs: round1(transform) }
}
if (CHILD) {
  const [file, moduleName, filePath, query, format] = process.argv.slice(3)
  console.log(JSON.stringify(phases(file, moduleName, filePath, JSON.parse(query), format)))
  process.exit(0)
}

function phasesOf(node) {
  const rootModules = join(HERE, '..', 'node_modules')
  const runs = {
    commonjs: [join(rootModules, 'ajv', 'dist', 'core.js'), 'ajv', 'dist/core.js', { className: 'Ajv', methodName: 'compile', kind: 'Sync' }, 'commonjs'],
    module: [join(rootModules, 'axios', 'lib', 'core', 'Axios.js'), 'axios', 'lib/core/Axios.js', { className: 'Axios', methodName: 'request', kind: 'Async' }, 'module'],
    ...Object.fromEntries(SIZES_MB.map((mb) => [`${mb}MB`, [join(WORK, 'node_modules', `bench-large-${mb}mb`, 'bundle.js'), `bench-large-${mb}mb`, 'bundle.js', { functionName: 'traced', kind: 'Sync' }, 'commonjs']])),
  }
  return Object.fromEntries(Object.entries(runs).map(([name, [file, moduleName, filePath, query, format]]) => {
    const samples = Array.from({ length: 3 }, () => JSON.parse(runNode(node, [fileURLToPath(import.meta.url), '--phases', file, moduleName, filePath, JSON.stringify(query), format], {}, WORK).stdout))
    // The median run by its total.
    samples.sort((a, b) => a.loadMs + a.transformStepMs - (b.loadMs + b.transformStepMs))
    return [name, samples[1]]
  }))
}

const options = parseArgs(process.argv.slice(2), 10)
generate()
for (const node of options.nodes ?? [process.execPath]) {
  const version = runNode(node, ['-p', 'process.version'], {}, WORK).stdout.trim()
  const major = Number(version.slice(1).split('.')[0])
  // Node's own compile cache (22.1+), which only an operator switches on.
  const compileCache = major >= 22 ? join(tmpdir(), `autowrapt-bench-compile-cache-${process.pid}`) : undefined
  const list = cases(compileCache)
  // Every case must really have traced what it claims, or not.
  for (const c of list) {
    const out = runNode(node, [...c.args, c.script], { ...c.env, AUTOWRAPT_REPORT: '1' }, WORK)
    const applied = /tracing applied/.test(out.stderr)
    if (applied !== c.id.includes('-on')) throw new Error(`case ${c.id}: tracing ${applied ? 'applied' : 'not applied'}\n${out.stderr}`)
  }
  process.stderr.write(`${version}: timing ${options.runs} rounds of ${list.length} cases\n`)
  const phaseResults = phasesOf(node)
  const samples = timeCases(node, list, options.runs)
  if (compileCache) rmSync(compileCache, { recursive: true, force: true })
  const result = Object.fromEntries(list.map((c) => [c.id, { label: c.label, medianMs: round1(median(samples[c.id].ms)), cpuMedianMs: samples[c.id].cpuMs.length ? round1(median(samples[c.id].cpuMs)) : undefined }]))
  const added = (on, off) => ({ wallMs: round1(result[on].medianMs - result[off].medianMs), cpuMs: result[on].cpuMedianMs === undefined ? undefined : round1(result[on].cpuMedianMs - result[off].cpuMedianMs) })
  const firstFile = {
    commonjs: added('cjs-on', 'cjs-off'),
    module: added('esm-on', 'esm-off'),
    ...(compileCache ? { commonjsCompileCache: added('cjs-on-cc', 'cjs-off'), moduleCompileCache: added('esm-on-cc', 'esm-off') } : {}),
  }
  const large = Object.fromEntries(SIZES_MB.map((mb) => [`${mb}MB`, added(`large-${mb}-on`, `large-${mb}-off`)]))
  const [small, big] = SIZES_MB
  const perMB = { wallMs: round1((large[`${big}MB`].wallMs - large[`${small}MB`].wallMs) / (big - small)), cpuMs: large[`${big}MB`].cpuMs === undefined ? undefined : round1((large[`${big}MB`].cpuMs - large[`${small}MB`].cpuMs) / (big - small)) }
  console.log(`\nNode ${version}, ${options.runs} rounds, median wall ms (CPU ms)`)
  for (const [id, c] of Object.entries(result)) console.log(`${id.padEnd(14)} ${c.label.padEnd(62)} ${c.medianMs.toFixed(1).padStart(8)} (${c.cpuMedianMs ?? '-'})`)
  console.log(`first traced file added: ${JSON.stringify(firstFile)}\nlarge file added: ${JSON.stringify(large)}; per MB ${JSON.stringify(perMB)}\nphases (CPU ms): ${JSON.stringify(phaseResults)}`)
  const file = join(HERE, 'results', `tracing-first-file-node${major}.json`)
  writeFileSync(file, JSON.stringify({ node: version, date: new Date().toISOString(), runs: options.runs, cases: result, firstFile, large, perMB, phases: phaseResults, ratio: round3(result['cjs-on'].medianMs / result['cjs-off'].medianMs) }, null, 2) + '\n')
  console.log(`wrote ${file}`)
}
// The generated packages (5 MB and more) are not kept.
rmSync(WORK, { recursive: true, force: true })
