// Shared by the agent set-up files and the patch package: counters kept in
// one process-wide object and written as one JSON line at exit to
// AGENTS_PROBE_OUT (never to stdout, which must match the plain run).
const { appendFileSync } = require('node:fs')

const KEY = Symbol.for('autowrapt.agents.probe')

function counters() {
  if (globalThis[KEY] === undefined) {
    const state = { counts: {} }
    globalThis[KEY] = state
    process.on('exit', () => {
      const out = process.env.AGENTS_PROBE_OUT
      if (out) appendFileSync(out, `${JSON.stringify(state.counts)}\n`)
    })
  }
  return globalThis[KEY].counts
}

/** Adds one to `counts[section][key]`. */
exports.count = function count(section, key) {
  const counts = counters()
  counts[section] ??= {}
  counts[section][key] = (counts[section][key] ?? 0) + 1
}

/** Makes sure `counts[section]` exists (so "no spans" shows as {}). */
exports.section = function section(name) {
  counters()[name] ??= {}
}
