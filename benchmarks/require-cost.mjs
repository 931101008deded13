// Child of startup.mjs: the cost of one cached require() of a module no hook
// targets, in ns. Requires the same already-loaded module CALLS times per
// round and prints the per-call time of each round as JSON. Run from the
// generated app's directory, with or without autowrapt preloaded.
//   node require-cost.mjs [--rounds=N] [--calls=N]
import { createRequire } from 'node:module'
import { join } from 'node:path'

const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')).map(([k, v]) => [k, Number(v)]))
const ROUNDS = options.rounds || 15
const CALLS = options.calls || 20_000
const WARMUP_ROUNDS = 3

// Two common forms: a bare package name (resolved through node_modules) and a
// sibling file from inside a package.
const fromApp = createRequire(join(process.cwd(), 'main.mjs'))
const fromPackage = createRequire(join(process.cwd(), 'node_modules', 'cjs-pkg-10', 'index.js'))
const cases = {
  bare: () => fromApp('cjs-pkg-10'),
  relative: () => fromPackage('./m3.js'),
}

let sink
function timeRound(load) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < CALLS; i++) sink = load()
  return Number(process.hrtime.bigint() - start) / CALLS
}

const result = {}
for (const [name, load] of Object.entries(cases)) {
  load() // the first require loads it; every later one is a cache hit
  const rounds = []
  for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
    const ns = timeRound(load)
    if (r >= WARMUP_ROUNDS) rounds.push(ns)
  }
  result[name] = rounds
}
if (sink === undefined) throw new Error('require returned nothing')
process.stdout.write(JSON.stringify(result) + '\n')
