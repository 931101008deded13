// The per-hook report, written at process exit when AUTOWRAPT_REPORT is set:
// a compact table on stderr, or one JSON line appended to a file. Every
// process and worker thread appends its own line, keyed by pid and thread id,
// so children and workers never clobber each other. Schema: README "Report".
import { appendFileSync, closeSync, openSync } from 'node:fs'
import { threadId } from 'node:worker_threads'
import { warn, warnNow, WarningCode, describeError } from './log.js'
import { hookRef } from '../core/manifest.js'
import type { HookRecord, Outcome } from '../core/registry.js'
import type { State } from '../core/state.js'

/** What happened to a hook on one module instance; `unavailable`: its module system could not be hooked. */
export type ReportInstance = Outcome

/** One hook's overall outcome. */
export type ReportOutcome = 'fired' | 'skipped-version' | 'failed' | 'not-loaded' | 'loaded-before-bootstrap' | 'unhookable' | 'disabled' | 'unavailable'

export type ReportEntry = {
  package: string | null
  group: string | null
  target: string
  hook: string | null
  outcome: ReportOutcome
  /** One item per module instance the hook met, and per module system it could not be hooked in (empty for not-loaded and disabled). */
  instances: ReportInstance[]
}

export type Report = {
  schema: 'autowrapt-report/1'
  pid: number
  threadId: number
  node: string
  bootstrap: string[]
  entries: ReportEntry[]
}

function summarize(record: HookRecord): ReportOutcome {
  const outcomes = record.outcomes
  if (record.disabled) return 'disabled'
  if (outcomes.some((o) => o.status === 'failed')) return 'failed'
  if (outcomes.some((o) => o.status === 'fired' && o.late)) return 'loaded-before-bootstrap'
  if (outcomes.some((o) => o.status === 'fired')) return 'fired'
  if (outcomes.some((o) => o.status === 'skipped-version')) return 'skipped-version'
  if (outcomes.some((o) => o.status === 'unhookable')) return 'unhookable'
  if (outcomes.some((o) => o.status === 'unavailable')) return 'unavailable'
  return 'not-loaded'
}

function entryOf(record: HookRecord): ReportEntry {
  const o = record.origin
  return {
    package: o?.packageName ?? null,
    group: o?.group ?? null,
    target: record.target.name,
    hook: o ? hookRef(o) : null,
    outcome: summarize(record),
    instances: [...record.outcomes],
  }
}

export function buildReport(state: State): Report {
  const entries = state.registry.records().map(entryOf)
  return { schema: 'autowrapt-report/1', pid: process.pid, threadId, node: process.version, bootstrap: [...state.config.bootstrap], entries }
}

function detail(entry: ReportEntry): string {
  return entry.instances
    .map((o) => {
      if (o.status === 'fired') return `${o.format} ${o.version ?? ''} ${o.ms.toFixed(2)}ms`.replace('  ', ' ')
      if (o.status === 'skipped-version') return `${o.format} ${o.version ?? '(no version)'} not in "${o.range}"`
      if (o.status === 'unhookable') return `${o.format}: ${o.reason}`
      if (o.status === 'unavailable') return `${o.format} unavailable: ${o.error}`
      return `${o.format}: ${o.error}`
    })
    .join('; ')
}

/** The human form: a compact table. */
export function formatReport(report: Report): string {
  const rows = report.entries.map((e) => [e.package ?? '(code)', e.target, e.outcome, detail(e)])
  const header = ['package', 'target', 'outcome', 'detail']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()
  const title = `autowrapt report: pid ${report.pid}, thread ${report.threadId}, node ${report.node}, AUTOWRAPT_BOOTSTRAP=${report.bootstrap.join(',')}`
  // A header over no rows reads like a rendering bug; say what the empty table means.
  if (rows.length === 0) return `${title}\nno hooks registered: these names resolved to no hook (see the warnings above, or run "autowrapt list")\n`
  return [title, line(header), ...rows.map(line)].join('\n') + '\n'
}

/** Whether `destination` can be opened for appending (a directory, a missing directory or a read-only file system cannot). */
function checkWritable(destination: string): string | undefined {
  try {
    closeSync(openSync(destination, 'a'))
    return undefined
  } catch (error) {
    return describeError(error)
  }
}

/**
 * Writes the report at exit. A file that cannot be opened is said at startup;
 * one that fails at exit (a full disk, /dev/full) is said there, synchronously,
 * because a warning emitted the usual way from an exit handler is never printed.
 */
export function installReport(state: State, destination: string): void {
  if (destination !== 'stderr') {
    const problem = checkWritable(destination)
    if (problem !== undefined) {
      warn(WarningCode.ReportUnwritable, `AUTOWRAPT_REPORT: cannot write the report to ${JSON.stringify(destination)} (${problem}); no report is written`)
      return
    }
  }
  process.once('exit', () => {
    try {
      const report = buildReport(state)
      if (destination === 'stderr') process.stderr.write(formatReport(report))
      else appendFileSync(destination, JSON.stringify(report) + '\n')
    } catch (error) {
      warnNow(WarningCode.ReportUnwritable, `AUTOWRAPT_REPORT: could not write the report to ${JSON.stringify(destination)}: ${describeError(error)}`)
    }
  })
}
