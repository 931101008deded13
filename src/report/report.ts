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
import type { BundledHook, BundledTracing, BundleMarker } from '../core/bundle-marker.js'
import type * as BundledHint from '../bundled/hint.js'

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
  /** The app is a bundle built with an autowrapt plugin, and its build contained no module of the target. */
  | 'not-in-bundle'

/** What the build of a bundle (an autowrapt plugin) did with an entry (docs/bundling.md). */
export type ReportBundle = {
  bundler: string
  status: BundledHook['status'] | BundledTracing['status']
  error?: string
}

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
  /** Set when a bundle's marker names this hook: what its build did. */
  bundle?: ReportBundle
  /** Why a not-loaded entry did not load, when autowrapt can tell (AUTOWRAPT_BUNDLED). */
  reason?: string
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
  outcome: TracingSummary | 'not-in-bundle'
  /** One item per loaded copy of the file the entry met; `atBuild` for a copy transformed into a bundle. */
  files: Array<TracingOutcome & { atBuild?: true }>
  /** For not-loaded: which files of the package loaded instead (with their format), or why none did; else null. */
  notLoaded: string | null
  /** Set when a bundle's marker names this entry: what its build did. */
  bundle?: ReportBundle
  /** Why a not-loaded entry did not load, when autowrapt can tell (AUTOWRAPT_BUNDLED). */
  reason?: string
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

function entryOf(record: HookRecord, bundles: readonly BundleMarker[]): ReportEntry {
  const o = record.origin
  const entry: ReportEntry = {
    package: o?.packageName ?? null,
    group: o?.group ?? null,
    target: record.target.name,
    hook: o ? hookRef(o) : null,
    outcome: summarize(record),
    instances: [...record.outcomes],
  }
  const built = o ? bundledHookOf(bundles, o.packageName, record.target.name, hookRef(o)) : undefined
  if (built === undefined) return entry
  entry.bundle = { bundler: built.bundler, status: built.hook.status, ...(built.hook.error ? { error: built.hook.error } : {}) }
  if (entry.outcome === 'not-loaded' && !record.disabled) {
    if (built.hook.status === 'not-in-bundle') entry.outcome = 'not-in-bundle'
    else if (built.hook.status === 'failed') entry.outcome = 'failed'
  }
  return entry
}

function bundledHookOf(bundles: readonly BundleMarker[], pkg: string, target: string, hook: string) {
  for (const marker of bundles) {
    const found = marker.hooks.find((h) => h.package === pkg && h.target === target && h.hook === hook)
    if (found) return { bundler: marker.bundler, hook: found }
  }
  return undefined
}

function bundledTracingOf(bundles: readonly BundleMarker[], record: TracingRecord) {
  for (const marker of bundles) {
    const found = marker.tracing.find((t) => t.package === record.packageName && t.entry === record.spec.jsonPath)
    if (found) return { bundler: marker.bundler, entry: found }
  }
  return undefined
}

/** A tracing entry's report line, with what a bundle's build did with it merged in. */
function withBundle(entry: TracingReportEntry, record: TracingRecord, bundles: readonly BundleMarker[]): TracingReportEntry {
  const built = bundledTracingOf(bundles, record)
  if (built === undefined) return entry
  entry.bundle = { bundler: built.bundler, status: built.entry.status }
  if (record.disabled) return entry
  const files = [...entry.files, ...built.entry.outcomes.map((o) => ({ ...o, atBuild: true as const }))]
  const merged = summarizeTracing({ ...record, outcomes: files })
  entry.files = files
  entry.outcome = merged === 'not-loaded' && built.entry.status === 'not-in-bundle' ? 'not-in-bundle' : merged
  return entry
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
  const bundles = state.bundles ?? []
  return (state.tracing ?? []).map((record) => withBundle(tracingEntryOf(record), record, bundles))
}

/**
 * At exit: not-loaded entries of a process whose main script looks like a
 * bundle built without an autowrapt plugin get the reason (AUTOWRAPT_BUNDLED,
 * src/bundled/hint.ts, which also warns, once).
 */
function addBundledReason(report: Report, state: State): void {
  if (!report.entries.some((e) => e.outcome === 'not-loaded') && !report.tracing.some((t) => t.outcome === 'not-loaded')) return
  const hint = (require('../bundled/hint.js') as typeof BundledHint).bundledHint(state)
  if (hint.reason === undefined) return
  for (const e of report.entries) if (e.outcome === 'not-loaded' && hint.names.includes(e.target)) e.reason = hint.reason
  for (const t of report.tracing) if (t.outcome === 'not-loaded' && hint.names.includes(t.module)) t.reason = hint.reason
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
  const bundles = state.bundles ?? []
  const records = state.registry.records()
  const entries = records.map((record) => entryOf(record, bundles))
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
  const build = entry.bundle?.error
    ? [`at build: ${entry.bundle.error}`]
    : entry.outcome === 'not-in-bundle'
      ? [`not in the ${entry.bundle!.bundler} bundle`]
      : []
  return [...build, ...(entry.reason ? [entry.reason] : [])]
    .concat(
      entry.instances.map((o) => {
        if (o.status === 'fired' && o.bundled)
          return `bundled ${o.bundled} (${o.format} ${o.version ?? ''}) ${o.ms.toFixed(2)}ms`.replace(' )', ')')
        if (o.status === 'fired') return `${o.format} ${o.version ?? ''} ${o.ms.toFixed(2)}ms`.replace('  ', ' ')
        if (o.status === 'skipped-version') return `${o.format} ${o.version ?? '(no version)'} not in "${o.range}"`
        if (o.status === 'unhookable') return `${o.format}: ${o.reason}`
        if (o.status === 'unavailable') return `${o.format} unavailable: ${o.error}`
        if (o.status === 'wrapped-by-another-loader') return `${o.format}: wrapped by ${o.loader}`
        if (o.status === 'running')
          return `${o.format} ${o.version ?? ''} loaded; the hook was running when the process exited`.replace('  ', ' ')
        return `${o.format}: ${o.error}`
      }),
    )
    .join('; ')
}

/** The outcome column: `applied (at build)`, `failed (at build)`, or the outcome as it is. */
function outcomeLabel(outcome: string, bundle: ReportBundle | undefined, atBuild: boolean): string {
  if (bundle === undefined || !atBuild) return outcome
  return outcome === 'applied' || outcome === 'failed' || outcome === 'no-match' || outcome === 'skipped-version'
    ? `${outcome} (at build)`
    : outcome
}

function tracingDetail(entry: TracingReportEntry): string {
  const files = entry.files.map((o) => {
    if (o.status === 'applied' && o.atBuild)
      return `${o.functions} function${o.functions === 1 ? '' : 's'} in ${o.file} (${o.format} ${o.version ?? ''})`.replace(' )', ')')
    if (o.status === 'applied') return `${o.functions} function${o.functions === 1 ? '' : 's'} in ${o.format} ${o.version ?? ''}`.trimEnd()
    if (o.status === 'skipped-version') return `${o.version ?? '(no version)'} not in "${o.range}"`
    if (o.status === 'no-match') return `no function matched in ${o.format} ${o.version ?? ''}`.trimEnd()
    return `${o.format}: ${o.error}`
  })
  const reason = entry.reason ? [entry.reason] : entry.outcome === 'not-in-bundle' ? [`not in the ${entry.bundle!.bundler} bundle`] : []
  if (entry.notLoaded !== null && entry.notLoaded !== undefined) files.push(entry.notLoaded)
  return [`${entry.query} -> ${entry.channel}`, ...reason, ...files].join('; ')
}

/** The human form: a compact table. */
export function formatReport(report: Report): string {
  const rows = report.entries.map((e) => [
    e.package ?? '(code)',
    e.target,
    outcomeLabel(e.outcome, e.bundle, e.bundle?.status === 'failed'),
    detail(e),
  ])
  for (const t of report.tracing ?? []) {
    const atBuild = t.files.length > 0 && t.files.every((f) => f.atBuild === true)
    rows.push([t.package, `${t.module}/${t.filePath}`, `tracing ${outcomeLabel(t.outcome, t.bundle, atBuild)}`, tracingDetail(t)])
  }
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
      addBundledReason(report, state)
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
