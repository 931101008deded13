// Per-call cost of a pass-through wrapper, in nanoseconds per call.
// Run after `npm run build`:  node benchmarks/wrap-call.mjs [--passes=N] [--rounds=N] [--calls=N] [--tracing]
// Prints a table and writes benchmarks/results/wrap-call-node<major>.json
// (with --tracing: only the declarative-tracing variants and their baselines,
// to benchmarks/results/wrap-call-tracing-node<major>.json).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { wrap, wrapFunction } from '../dist/wrap.js'

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')).map(([key, value]) => [key, Number(value)]),
)
const PASSES = options.passes || 5
const ROUNDS = options.rounds || 9
const CALLS = options.calls || 5_000_000
const WARMUP_ROUNDS = 5

// The function being wrapped: cheap, so the wrapper's own cost dominates, and
// it reads `this`, so every variant must pass the receiver through.
function makeTarget() {
  return { base: 1, add: function add(a, b) { return a + b + this.base } }
}

// The same function after declarative tracing: transformed by autowrapt's own
// transform step (dist/tracing/transform.js), exactly as a traced file would be.
const require = createRequire(import.meta.url)
const TRACED_CHANNEL = 'orchestrion:bench-traced:add'
const TRACED_SOURCE = 'function add(a, b) { return a + b + this.base }\nmodule.exports = add\n'
function makeTracedTarget(subscriber, upstream = false) {
  const { transformFile } = require('../dist/tracing/transform.js')
  const spec = { moduleName: 'bench-traced', versionRange: undefined, filePath: 'add.js', channelName: 'add', functionQuery: { functionName: 'add', kind: 'Sync' }, astQuery: undefined, group: undefined, jsonPath: 'bench' }
  const match = { packageName: 'bench-traced', dir: dirname(fileURLToPath(import.meta.url)), path: 'add.js', records: [{ spec }] }
  // upstream: code-transformer's own output, without autowrapt's post-pass (src/tracing/post-pass.ts).
  const code = upstream
    ? require('@apm-js-collab/code-transformer')
      .create([{ channelName: 'add', module: { name: 'bench-traced', versionRange: '0.0.0', filePath: 'add.js' }, functionQuery: spec.functionQuery }])
      .getTransformer('bench-traced', '0.0.0', 'add.js')
      .transform(TRACED_SOURCE, 'cjs').code
    : transformFile(TRACED_SOURCE, 'add.js', 'commonjs', match, () => {}, true)
  const module = { exports: {} }
  new Function('module', 'exports', 'require', code)(module, module.exports, require)
  if (subscriber) require('node:diagnostics_channel').tracingChannel(TRACED_CHANNEL).subscribe(subscriber)
  return { base: 1, add: module.exports }
}
const noop = () => {}
let timed = 0

const variants = {
  'unwrapped': () => makeTarget(),
  'hand-written closure': () => {
    const target = makeTarget()
    const original = target.add
    target.add = function () { return original.apply(this, arguments) }
    return target
  },
  'wrap (pass-through)': () => {
    const target = makeTarget()
    wrap(target, 'add', (original) => function () { return original.apply(this, arguments) })
    return target
  },
  'wrapFunction (pass-through)': () => {
    const target = makeTarget()
    wrapFunction(target, 'add', (wrapped, thisArg, args) => wrapped.apply(thisArg, args))
    return target
  },
  'wrapFunction, enabled: true': () => {
    const target = makeTarget()
    wrapFunction(target, 'add', (wrapped, thisArg, args) => wrapped.apply(thisArg, args), { enabled: true })
    return target
  },
  'wrapFunction, enabled: () => true': () => {
    const target = makeTarget()
    wrapFunction(target, 'add', (wrapped, thisArg, args) => wrapped.apply(thisArg, args), { enabled: () => true })
    return target
  },
  'wrapFunction, enabled: false': () => {
    const target = makeTarget()
    wrapFunction(target, 'add', (wrapped, thisArg, args) => wrapped.apply(thisArg, args), { enabled: false })
    return target
  },
  'traced, no subscriber': () => makeTracedTarget(undefined),
  'code-transformer output alone, no subscriber': () => makeTracedTarget(undefined, true),
  'traced, no-op subscriber': () => makeTracedTarget({ start: noop, end: noop, asyncStart: noop, asyncEnd: noop, error: noop }),
  'traced, timing subscriber': () => makeTracedTarget({
    start (ctx) { ctx.started = performance.now() },
    end (ctx) { timed += performance.now() - ctx.started },
  }),
  // Eight wrapped functions behind one call site: how a process with many
  // patches looks, where replacements share their function literal's feedback.
  'unwrapped, 8 targets': () => Array.from({ length: 8 }, () => makeTarget()),
  'hand-written closure, 8 targets': () => Array.from({ length: 8 }, () => {
    const target = makeTarget()
    const original = target.add
    target.add = function () { return original.apply(this, arguments) }
    return target
  }),
  'wrapFunction, 8 targets': () => Array.from({ length: 8 }, () => {
    const target = makeTarget()
    wrapFunction(target, 'add', (wrapped, thisArg, args) => wrapped.apply(thisArg, args))
    return target
  }),
}

// One loop function per variant, compiled from source: closures made from one
// function literal share type feedback, which would make the call site
// megamorphic and measure the mix instead of each variant. The comment makes
// each source unique, or V8's compilation cache would hand back one function.
function makeLoop(name, target) {
  const receiver = Array.isArray(target) ? 'target[i & 7]' : 'target'
  return new Function('target', 'calls', `/* ${name} */
    let sum = 0
    for (let i = 0; i < calls; i++) sum += ${receiver}.add(i & 1023, 1)
    return sum
  `)
}

let sink = 0 // every result feeds this, so no loop can be dropped as dead code

function timeRound(bench) {
  const started = process.hrtime.bigint()
  sink += bench.loop(bench.target, CALLS)
  return Number(process.hrtime.bigint() - started) / CALLS
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Child mode: time one variant and print its samples as JSON. Each variant
// runs in its own process because every wrapFunction replacement comes from
// the same few function literals, which share V8 type feedback: measured in
// one process, variants would slow each other down.
function measureVariant(name) {
  const target = variants[name]()
  const bench = { target, loop: makeLoop(name, target) }
  for (let round = 0; round < WARMUP_ROUNDS; round++) timeRound(bench)
  const samples = []
  for (let round = 0; round < ROUNDS; round++) samples.push(timeRound(bench))
  process.stdout.write(JSON.stringify({ samples, sink: sink + (timed > 0 ? 1 : 0) }))
}

if (options.variant !== undefined) {
  measureVariant(Object.keys(variants)[options.variant])
  process.exit(0)
}

const self = fileURLToPath(import.meta.url)
const TRACING = 'tracing' in options
const forTracing = (name) => name === 'unwrapped' || name === 'hand-written closure' || name.includes('traced') || name.startsWith('code-transformer')
const names = Object.keys(variants).filter((name) => !TRACING || forTracing(name))
const samplesByName = Object.fromEntries(names.map((name) => [name, []]))
// Interleave passes over all variants, so drift in machine load spreads evenly.
for (let pass = 0; pass < PASSES; pass++) {
  names.forEach((name) => {
    const output = execFileSync(process.execPath, [self, `--variant=${Object.keys(variants).indexOf(name)}`, `--rounds=${ROUNDS}`, `--calls=${CALLS}`])
    const { samples, sink: childSink } = JSON.parse(String(output))
    samplesByName[name].push(...samples)
    sink += childSink
  })
}

const results = Object.fromEntries(names.map((name) => [name, {
  medianNs: Number(median(samplesByName[name]).toFixed(3)),
  minNs: Number(Math.min(...samplesByName[name]).toFixed(3)),
}]))
// Each row compares with the hand-written closure of the same shape.
const closureFor = (name) => results[name.endsWith(', 8 targets') ? 'hand-written closure, 8 targets' : 'hand-written closure'].medianNs
const ratioToClosure = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, Number((r.medianNs / closureFor(name)).toFixed(3))]))

console.log(`Node ${process.version} (V8 ${process.versions.v8}), ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`)
console.log(`${PASSES} processes x ${ROUNDS} rounds x ${CALLS.toLocaleString('en')} calls per variant, after ${WARMUP_ROUNDS} warm-up rounds; median ns per call\n`)
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(36)} ${r.medianNs.toFixed(2).padStart(7)} ns   (min ${r.minNs.toFixed(2)}, x${ratioToClosure[name].toFixed(2)} of closure)`)
}
console.log(`\nchecksum ${sink}`)

const file = join(dirname(self), 'results', `wrap-call${TRACING ? '-tracing' : ''}-node${process.versions.node.split('.')[0]}.json`)
mkdirSync(dirname(file), { recursive: true })
writeFileSync(file, JSON.stringify({
  node: process.version,
  v8: process.versions.v8,
  platform: `${process.platform}/${process.arch}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
  processesPerVariant: PASSES,
  roundsPerProcess: ROUNDS,
  callsPerRound: CALLS,
  unit: 'ns per call (median of rounds)',
  results,
  ratioToClosure,
}, null, 2) + '\n')
console.log(`wrote ${file}`)
