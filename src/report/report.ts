// The per-hook report, written at process exit when AUTOWRAPT_REPORT is set:
// a compact table on stderr, or one JSON line appended to a file. Every
// process and worker thread appends its own line, keyed by pid and thread id,
// so children and workers never clobber each other. Schema: README "Report".
import { appendFileSync, closeSync, openSync } from 'node:fs'
import { warn, warnNow, WarningCode, describeError } from './log.js'
import { hookRef } from '../core/manifest.js'
import { nodeFeatures } from '../core/node-features.js'
import type { HookRecord, Outcome } from '../core/registry.js'
import type { State } from '../core/state.js'
import { summarizeTracing, type TracingOutcome, type TracingRecord, type TracingSummary } from '../core/tracing-records.js'
import { describeQuery } from '../core/tracing-spec.js'
import { defaultBases } from '../core/discovery.js'
import { installedPackageNames, suggestTarget, targetPackages } from '../core/target-suggestion.js'

/** What happened to a hook on one module instance; `unavailable`: its module system could not be hooked. */
export type ReportInstance = Outcome

/** One hook's overall outcome. */
export type ReportOutcome =
  | 'fired'
  | 'running-at-exit'
  | 'skipped-version'
  | 'failed'
  | 'not-loaded'
  | 'loaded-before-bootstrap'
  | 'unhookable'
  | 'disabled'
  | 'unavailable'
  | 'wrapped-by-another-loader'

export type ReportEntry = {
  package: string | null
  group: string | null
  target: string
  hook: string | null
  outcome: ReportOutcome
  /** One item per module instance the hook met, and per module system it could not be hooked in (empty for not-loaded and disabled). */
  instances: ReportInstance[]
  /** For a not-loaded target that is not installed: the installed package it most likely meant (a typo in the target). */
  didYouMean?: string
}

/** One declarative tracing entry (README "Declarative tracing"). */
export type TracingReportEntry = {
  package: string
  group: string | null
  /** Where the entry is in the patch package's package.json. */
  entry: string
  module: string
  filePath: string
  query: string
  channel: string
  outcome: TracingSummary
  /** One item per loaded copy of the file the entry met. */
  files: TracingOutcome[]
  /** For not-loaded: which files of the package loaded instead (with their format), or why none did; else null. */
  notLoaded: string | null
}

export type Report = {
  schema: 'autowrapt-report/1'
  pid: number
  threadId: number
  /** process.argv[1]: the script the process runs, as given; null for `node -e`, `-p` or stdin. */
  script: string | null
  mainThread: boolean
  node: string
  bootstrap: string[]
  entries: ReportEntry[]
  tracing: TracingReportEntry[]
}

function summarize(record: HookRecord): ReportOutcome {
  const outcomes = record.outcomes
  if (record.disabled) return 'disabled'
  // The process exited while the hook (or its file) ran: process.exit in a hook.
  if (outcomes.some((o) => o.status === 'running')) return 'running-at-exit'
  if (outcomes.some((o) => o.status === 'failed')) return 'failed'
  if (outcomes.some((o) => o.status === 'fired' && o.late)) return 'loaded-before-bootstrap'
  if (outcomes.some((o) => o.status === 'wrapped-by-another-loader')) return 'wrapped-by-another-loader'
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

export function tracingEntryOf(record: TracingRecord): TracingReportEntry {
  const spec = record.spec
  return {
    package: record.packageName,
    group: spec.group ?? null,
    entry: spec.jsonPath,
    module: spec.moduleName,
    filePath: spec.filePath,
    query: describeQuery(spec),
    channel: record.channel,
    outcome: summarizeTracing(record),
    files: [...record.outcomes],
    notLoaded: summarizeTracing(record) === 'not-loaded' ? (record.notLoaded ?? null) : null,
  }
}

/** The tracing entries and their outcomes now (outcomes logged by the loader thread included). */
export function tracingReport(state: State): TracingReportEntry[] {
  // A state made by a copy of autowrapt without declarative tracing has neither list.
  for (const refresh of state.refreshTracing ?? []) refresh()
  return (state.tracing ?? []).map(tracingEntryOf)
}

/** Adds a did-you-mean to not-loaded entries whose target is not installed but a close name is (`yamll` for `yaml`). */
function suggestTargets(records: readonly HookRecord[], entries: ReportEntry[]): void {
  const declared = targetPackages(records.map((r) => r.target))
  let bases: string[] | undefined
  let candidates: string[] | undefined
  records.forEach((record, i) => {
    const entry = entries[i]!
    if (entry.outcome !== 'not-loaded' || record.target.kind === 'builtin') return
    bases ??= defaultBases()
    candidates ??= installedPackageNames(bases)
    const suggestion = suggestTarget(record.target, declared, bases, candidates)
    if (suggestion !== undefined) entry.didYouMean = suggestion
  })
}

export function buildReport(state: State): Report {
  const records = state.registry.records()
  const entries = records.map(entryOf)
  suggestTargets(records, entries)
  const tracing = tracingReport(state)
  return {
    schema: 'autowrapt-report/1',
    pid: process.pid,
    threadId: nodeFeatures.threadId(),
    script: process.argv[1] ?? null,
    mainThread: nodeFeatures.threadId() === 0,
    node: process.version,
    bootstrap: [...state.config.bootstrap],
    entries,
    tracing,
  }
}

function detail(entry: ReportEntry): string {
  if (entry.didYouMean !== undefined) return `not installed; did you mean "${entry.didYouMean}"?`
  return entry.instances
    .map((o) => {
      if (o.status === 'fired') return `${o.format} ${o.version ?? ''} ${o.ms.toFixed(2)}ms`.replace('  ', ' ')
      if (o.status === 'skipped-version') return `${o.format} ${o.version ?? '(no version)'} not in "${o.range}"`
      if (o.status === 'unhookable') return `${o.format}: ${o.reason}`
      if (o.status === 'unavailable') return `${o.format} unavailable: ${o.error}`
      if (o.status === 'wrapped-by-another-loader') return `${o.format}: wrapped by ${o.loader}`
      if (o.status === 'running')
        return `${o.format} ${o.version ?? ''} loaded; the hook was running when the process exited`.replace('  ', ' ')
      return `${o.format}: ${o.error}`
    })
    .join('; ')
}

function tracingDetail(entry: TracingReportEntry): string {
  const files = entry.files.map((o) => {
    if (o.status === 'applied') return `${o.functions} function${o.functions === 1 ? '' : 's'} in ${o.format} ${o.version ?? ''}`.trimEnd()
    if (o.status === 'skipped-version') return `${o.version ?? '(no version)'} not in "${o.range}"`
    if (o.status === 'no-match') return `no function matched in ${o.format} ${o.version ?? ''}`.trimEnd()
    return `${o.format}: ${o.error}`
  })
  if (entry.notLoaded !== null && entry.notLoaded !== undefined) files.push(entry.notLoaded)
  return [`${entry.query} -> ${entry.channel}`, ...files].join('; ')
}

/** The human form: a compact table. */
export function formatReport(report: Report): string {
  const rows = report.entries.map((e) => [e.package ?? '(code)', e.target, e.outcome, detail(e)])
  for (const t of report.tracing ?? []) rows.push([t.package, `${t.module}/${t.filePath}`, `tracing ${t.outcome}`, tracingDetail(t)])
  const header = ['package', 'target', 'outcome', 'detail']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  // Names its process: a command that starts several (npm start, npx tsx) prints one report each.
  const thread = report.threadId === 0 ? 'main thread' : `worker thread ${report.threadId}`
  const script = report.script ?? '(no script: node -e, -p or stdin)'
  const title = `autowrapt report: ${script} (pid ${report.pid}, ${thread}), node ${report.node}, AUTOWRAPT_BOOTSTRAP=${report.bootstrap.join(',')}`
  // A header over no rows reads like a rendering bug; say what the empty table means.
  if (rows.length === 0)
    return `${title}\nno hooks registered: these names resolved to no hook (see the warnings above, or run "autowrapt list")\n`
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
      warn(
        WarningCode.ReportUnwritable,
        `AUTOWRAPT_REPORT: cannot write the report to ${JSON.stringify(destination)} (${problem}); no report is written`,
      )
      return
    }
  }
  process.once('exit', () => {
    try {
      const report = buildReport(state)
      if (destination === 'stderr') process.stderr.write(formatReport(report))
      else appendFileSync(destination, JSON.stringify(report) + '\n')
    } catch (error) {
      warnNow(
        WarningCode.ReportUnwritable,
        `AUTOWRAPT_REPORT: could not write the report to ${JSON.stringify(destination)}: ${describeError(error)}`,
      )
    }
  })
}
