// Judges one cell of the agents matrix (an agent and autowrapt in one
// process, in one order) against the runs it must match: the plain run (no
// agent, no autowrapt), autowrapt alone and the agent alone.
const HOOKED_TARGETS = ['http', 'express']

/** stderr lines with what varies between runs (pids, ports, times) masked. */
export function stderrLines(stderr) {
  return stderr
    .split('\n')
    .map((line) => line.replace(/\(node:\d+\)/g, '(node:PID)').replace(/\d+(\.\d+)?(ms|s)\b/g, 'Nms').replace(/:\d{4,5}\b/g, ':PORT').trimEnd())
    .filter((line) => line !== '')
}

function differences(actual = {}, expected = {}) {
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return keys.filter((k) => actual[k] !== expected[k]).map((k) => `${k}: ${actual[k] ?? 0} (expected ${expected[k] ?? 0})`)
}

/** Problems with a run every comparison rests on (plain, solo). */
export function checkBaseline(run, plain) {
  const problems = []
  if (run.exitCode !== 0) problems.push(`exit ${run.exitCode ?? run.signal}`)
  if (plain && run.stdout !== plain.stdout) problems.push('stdout differs from the plain run')
  return problems
}

/**
 * The checks of one cell. `expectedAutowrapt` is what autowrapt's wrappers
 * counted alone (adjusted for the cell's variant); `targets` are the hooks
 * that must have fired.
 */
export function evaluateCell({ cell, plain, autowraptSolo, agentSolo, expectedAutowrapt, targets = HOOKED_TARGETS }) {
  const problems = []
  if (cell.exitCode !== 0) problems.push(`exit ${cell.exitCode ?? cell.signal}`)
  if (cell.stdout !== plain.stdout) problems.push(`stdout differs from the plain run: ${JSON.stringify(cell.stdout.slice(0, 200))}`)

  const entries = cell.report?.entries ?? []
  for (const target of targets) {
    const outcome = entries.find((e) => e.target === target)?.outcome ?? 'no report'
    if (outcome !== 'fired') problems.push(`autowrapt hook on ${target}: ${outcome}`)
  }
  for (const d of differences(cell.counts?.autowrapt, expectedAutowrapt)) problems.push(`autowrapt wrapper calls ${d}`)
  for (const d of differences(cell.counts?.agent, agentSolo.counts?.agent)) problems.push(`agent telemetry ${d}`)

  const known = new Set([...stderrLines(agentSolo.stderr), ...stderrLines(autowraptSolo.stderr)])
  for (const line of stderrLines(cell.stderr)) {
    if (!known.has(line)) problems.push(`stderr not in the solo runs: ${line.slice(0, 240)}`)
  }
  return { ok: problems.length === 0, problems, cause: causeOf(cell, problems) }
}

// Failures recognisable from their output alone: the Node 20 crash of issue
// 12 item 1, and autowrapt saying that another import-in-the-middle copy
// wrapped a target it could not reach (src/esm/). Other ESM failures are
// attributed by run.mjs's control runs. A labelled cell still fails.
function causeOf(cell, problems) {
  if (problems.length === 0) return undefined
  if (/Cannot access 'loader' before initialization/.test(cell.stderr)) return 'esm-loader: crash before initialization (issue 12 item 1)'
  if (problems.some((p) => p.endsWith(': wrapped-by-another-loader')) && /\[AUTOWRAPT_FOREIGN_LOADER\]/.test(cell.stderr)) {
    return 'foreign-loader: autowrapt warns AUTOWRAPT_FOREIGN_LOADER and reports wrapped-by-another-loader: the agent\'s import-in-the-middle copy wrapped the target first and autowrapt\'s hook could not run on it'
  }
  return undefined
}
