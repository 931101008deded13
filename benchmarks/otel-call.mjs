// Per-call cost of the OpenTelemetry bridge beside a hand-written OpenTelemetry
// instrumentation of the same function (a shimmer-style wrap around
// tracer.startActiveSpan), both with the SDK's tracer provider and with none
// registered; and the start-up cost of AUTOWRAPT_OTEL=1 with no provider.
// Run after `npm run build`:  node benchmarks/otel-call.mjs [--passes=N] [--rounds=N] [--calls=N] [--starts=N]
// Prints a table and writes benchmarks/results/otel-call-node<major>.json and .md.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')).map(([key, value]) => [key, Number(value)]),
)
const PASSES = options.passes || 3
const ROUNDS = options.rounds || 5
const CALLS = options.calls || 50_000
const STARTS = options.starts || 10
const WARMUP_ROUNDS = 3
const require = createRequire(import.meta.url)
const api = require('@opentelemetry/api')

function makeTarget() {
  return { base: 1, add: function add(a, b) { return a + b + this.base } }
}

// The function after declarative tracing, transformed by autowrapt's own
// transform step, with the bridge subscribed to its channel as
// AUTOWRAPT_OTEL=1 would do it.
function makeTracedTarget(withBridge) {
  const { transformFile } = require('../dist/tracing/transform.js')
  const { createBridge } = require('../dist/otel/bridge.js')
  const spec = { moduleName: 'bench-traced', versionRange: undefined, filePath: 'add.js', channelName: 'add', functionQuery: { functionName: 'add', kind: 'Sync' }, astQuery: undefined, group: undefined, jsonPath: 'bench', span: { name: 'add', kind: 'internal', attributes: [], jsonPath: 'bench.span' } }
  const match = { packageName: 'bench-traced', dir: dirname(fileURLToPath(import.meta.url)), path: 'add.js', records: [{ spec }] }
  const code = transformFile('function add(a, b) { return a + b + this.base }\nmodule.exports = add\n', 'add.js', 'commonjs', match, () => {}, true)
  const module = { exports: {} }
  new Function('module', 'exports', 'require', code)(module, module.exports, require)
  if (!withBridge) return { base: 1, add: module.exports }
  const bridge = createBridge(api, 'bench')
  bridge.add([{ spec, packageName: 'bench', packageDir: '.', channel: 'orchestrion:bench-traced:add', disabled: false, outcomes: [] }])
  bridge.enable()
  return { base: 1, add: module.exports }
}

// What an OpenTelemetry instrumentation written by hand does for the same
// function: shimmer's wrap, and a span made active around the call.
function makeHandWrittenTarget() {
  const shimmer = require('shimmer')
  const target = makeTarget()
  const tracer = api.trace.getTracer('hand-written')
  shimmer.wrap(target, 'add', (original) => function (...args) {
    return tracer.startActiveSpan('add', { kind: api.SpanKind.INTERNAL, attributes: { 'code.function.name': 'add' } }, (span) => {
      try {
        return original.apply(this, args)
      } catch (error) {
        span.recordException(error)
        span.setStatus({ code: api.SpanStatusCode.ERROR, message: error.message })
        throw error
      } finally {
        span.end()
      }
    })
  })
  return target
}

// The SDK's provider with a processor that drops every span: what is measured
// is making, activating and ending spans, not exporting them.
function registerProvider() {
  const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node')
  const drop = { onStart() {}, onEnd() {}, forceFlush: async () => {}, shutdown: async () => {} }
  new NodeTracerProvider({ spanProcessors: [drop] }).register()
}

const variants = {
  'unwrapped': () => makeTarget(),
  'hand-written instrumentation, SDK provider': () => (registerProvider(), makeHandWrittenTarget()),
  'autowrapt bridge, SDK provider': () => (registerProvider(), makeTracedTarget(true)),
  'hand-written instrumentation, no provider': () => makeHandWrittenTarget(),
  'autowrapt bridge, no provider': () => makeTracedTarget(true),
  'traced function, no subscriber (bridge off)': () => makeTracedTarget(false),
}

function makeLoop(name) {
  return new Function('target', 'calls', `/* ${name} */
    let sum = 0
    for (let i = 0; i < calls; i++) sum += target.add(i & 1023, 1)
    return sum
  `)
}

let sink = 0
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

if (options.variant !== undefined) {
  const name = Object.keys(variants)[options.variant]
  const bench = { target: variants[name](), loop: makeLoop(name) }
  for (let round = 0; round < WARMUP_ROUNDS; round++) timeRound(bench)
  const samples = []
  for (let round = 0; round < ROUNDS; round++) samples.push(timeRound(bench))
  process.stdout.write(JSON.stringify({ samples, sink }))
  process.exit(0)
}

const self = fileURLToPath(import.meta.url)
const ROOT = join(dirname(self), '..')
const names = Object.keys(variants)
const samplesByName = Object.fromEntries(names.map((name) => [name, []]))
for (let pass = 0; pass < PASSES; pass++) {
  names.forEach((name, index) => {
    const output = execFileSync(process.execPath, [self, `--variant=${index}`, `--rounds=${ROUNDS}`, `--calls=${CALLS}`])
    const { samples, sink: childSink } = JSON.parse(String(output))
    samplesByName[name].push(...samples)
    sink += childSink
  })
}
const perCall = Object.fromEntries(names.map((name) => [name, Number(median(samplesByName[name]).toFixed(1))]))

// Start-up: the OpenTelemetry fixture application with its tracing entries
// and no provider, with the bridge off and on, runs alternated.
const FIXTURES = join(ROOT, 'test/fixtures')
const startCases = {
  'tracing entries, bridge off': {},
  'tracing entries, AUTOWRAPT_OTEL=1, no provider': { AUTOWRAPT_OTEL: '1' },
}
const startSamples = Object.fromEntries(Object.keys(startCases).map((name) => [name, []]))
for (let run = 0; run < STARTS; run++) {
  for (const [name, extra] of Object.entries(startCases)) {
    const env = { PATH: process.env.PATH, NODE_OPTIONS: '--import autowrapt/register', AUTOWRAPT_BOOTSTRAP: 'otel-demo-spans', NO_PROVIDER: '1', ...extra }
    const started = process.hrtime.bigint()
    const r = spawnSync(process.execPath, ['apps/otel/app.cjs'], { cwd: FIXTURES, env, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${name}: exit ${r.status}\n${r.stderr}`)
    startSamples[name].push(Number(process.hrtime.bigint() - started) / 1e6)
  }
}
const startup = Object.fromEntries(Object.entries(startSamples).map(([name, s]) => [name, Number(median(s).toFixed(1))]))

const header = `Node ${process.version} (V8 ${process.versions.v8}), ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`
const table = [
  `Per call (${PASSES} processes x ${ROUNDS} rounds x ${CALLS.toLocaleString('en')} calls, median ns per call; spans made, activated and ended, not exported):`,
  '',
  '| variant | ns per call |',
  '| --- | ---: |',
  ...names.map((name) => `| ${name} | ${perCall[name].toFixed(1)} |`),
  '',
  `Start-up (test/fixtures/apps/otel/app.cjs with otel-demo-spans, no provider; median of ${STARTS} runs each, alternated):`,
  '',
  '| case | ms |',
  '| --- | ---: |',
  ...Object.entries(startup).map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} |`),
].join('\n')
console.log(`${header}\n\n${table}\n\nchecksum ${sink}`)

const base = join(dirname(self), 'results', `otel-call-node${process.versions.node.split('.')[0]}`)
mkdirSync(dirname(base), { recursive: true })
writeFileSync(`${base}.json`, JSON.stringify({
  node: process.version, v8: process.versions.v8, platform: `${process.platform}/${process.arch}`, cpu: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(), processesPerVariant: PASSES, roundsPerProcess: ROUNDS, callsPerRound: CALLS, starts: STARTS,
  unit: { perCall: 'ns per call (median of rounds)', startup: 'ms per process (median)' }, perCall, startup,
}, null, 2) + '\n')
writeFileSync(`${base}.md`, `<!-- written by benchmarks/otel-call.mjs; do not edit -->\n${header}\n\n${table}\n`)
console.log(`wrote ${base}.json and .md`)
