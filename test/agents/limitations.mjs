// Cells that cannot pass because of Node or an agent, each explained in the
// README's Coexistence section. Such a cell is not skipped: the runner checks
// that exactly the documented outcome happens, and the cell fails if the
// behaviour changes in either direction (then this list and the README are
// updated).
import { stderrLines } from './evaluate.mjs'

const WARNING = /\[AUTOWRAPT_FOREIGN_LOADER\] AutowraptWarning: autowrapt: /

export const limitations = [
  {
    // Node 20 has no module.registerHooks: autowrapt registers its loader with
    // module.register before Elastic's import-in-the-middle 1.x, which then
    // runs ahead of it on the loader thread and rebuilds every module another
    // loader marked. express (CommonJS, imported from the ESM app before any
    // ESM target) has no place where autowrapt could subscribe to that copy,
    // so autowrapt's express hook does not fire; it says so (README: ESM, "A
    // second import-in-the-middle copy").
    name: 'foreign-loader',
    label: 'limitation (asserted)',
    summary: 'Node 20 has no `module.registerHooks`; Elastic\'s import-in-the-middle 1.x, registered after autowrapt, rebuilds modules autowrapt\'s loader marked. autowrapt\'s hook on `express` (CommonJS, imported from ESM) cannot fire: the run prints the `AUTOWRAPT_FOREIGN_LOADER` warning and nothing else new, the report says `wrapped-by-another-loader` for `express`, the `node:http` hook fires, the app\'s stdout, exit code 0 and Elastic\'s transactions are those of the solo runs.',
    applies: ({ agent, kind, order, node }) => agent.name === 'elastic' && kind === 'esm' && order === 'autowrapt-first' && node.major === 20,
    check: checkForeignLoader,
  },
  {
    // Elastic alone crashes on Node 22.23: Node throws ERR_METHOD_NOT_IMPLEMENTED
    // (resolveSync) when Elastic's dependency async-function is loaded through
    // require(esm) while Elastic's module.register loader is active.
    name: 'agent-alone',
    label: 'agent fails alone (asserted same)',
    summary: 'Elastic alone crashes on Node 22.23 (`ERR_METHOD_NOT_IMPLEMENTED`: "The resolveSync() method is not implemented", when its dependency `async-function` is loaded through `require(esm)` while its `module.register` loader is active); with autowrapt the run ends the same way (exit code, stdout, error line) and autowrapt adds no stderr line.',
    applies: ({ agent, kind, node }) => agent.name === 'elastic' && kind === 'esm' && node.version.startsWith('22.23.'),
    check: checkSameFailure,
    error: /ERR_METHOD_NOT_IMPLEMENTED/,
  },
]

export function limitationFor(run) {
  return limitations.find((l) => l.applies(run))
}

function counts(actual = {}, expected = {}) {
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return keys.filter((k) => actual[k] !== expected[k]).map((k) => `${k}: ${actual[k] ?? 0} (expected ${expected[k] ?? 0})`)
}

// The app runs as alone, the agent's telemetry is its solo run's, autowrapt's
// hook on node:http fires and its wrapper there sees every request, its hook
// on express is reported wrapped-by-another-loader (its express wrappers never
// run), and the one new stderr line is the AUTOWRAPT_FOREIGN_LOADER warning.
function checkForeignLoader({ cell, plain, autowraptSolo, agentSolo }) {
  const problems = []
  if (cell.exitCode !== 0) problems.push(`exit ${cell.exitCode ?? cell.signal}`)
  if (cell.stdout !== plain.stdout) problems.push('stdout differs from the plain run')
  const entries = cell.report?.entries ?? []
  const outcome = (target) => entries.find((e) => e.target === target)?.outcome ?? 'no report'
  if (outcome('http') !== 'fired') problems.push(`autowrapt hook on http: ${outcome('http')} (expected fired)`)
  if (outcome('express') !== 'wrapped-by-another-loader') problems.push(`autowrapt hook on express: ${outcome('express')} (expected wrapped-by-another-loader)`)
  const expected = { 'http.Server.emit request': autowraptSolo.counts?.autowrapt?.['http.Server.emit request'] }
  for (const d of counts(cell.counts?.autowrapt, expected)) problems.push(`autowrapt wrapper calls ${d}`)
  for (const d of counts(cell.counts?.agent, agentSolo.counts?.agent)) problems.push(`agent telemetry ${d}`)
  const known = new Set([...stderrLines(agentSolo.stderr), ...stderrLines(autowraptSolo.stderr)])
  const added = stderrLines(cell.stderr).filter((line) => !known.has(line))
  if (added.length !== 1 || !WARNING.test(added[0])) problems.push(`new stderr lines: expected only the AUTOWRAPT_FOREIGN_LOADER warning, got ${JSON.stringify(added).slice(0, 400)}`)
  return problems
}

// The agent fails alone with the documented error; with autowrapt the run
// ends the same way (exit code, stdout, the error line) and autowrapt adds no
// stderr line.
function checkSameFailure({ cell, agentSolo }, limitation) {
  const problems = []
  const errorLine = (run) => stderrLines(run.stderr).find((line) => limitation.error.test(line))
  if (agentSolo.exitCode === 0 || errorLine(agentSolo) === undefined) {
    return [`the agent no longer fails alone with ${limitation.error} (exit ${agentSolo.exitCode}): remove this limitation`]
  }
  if (cell.exitCode !== agentSolo.exitCode) problems.push(`exit ${cell.exitCode ?? cell.signal} (agent alone: ${agentSolo.exitCode})`)
  if (cell.stdout !== agentSolo.stdout) problems.push('stdout differs from the agent alone')
  if (errorLine(cell) !== errorLine(agentSolo)) problems.push(`error line ${JSON.stringify(errorLine(cell))} (agent alone: ${JSON.stringify(errorLine(agentSolo))})`)
  const known = new Set(stderrLines(agentSolo.stderr))
  for (const line of stderrLines(cell.stderr)) {
    if (!known.has(line)) problems.push(`stderr not in the agent's solo run: ${line.slice(0, 240)}`)
  }
  return problems
}
