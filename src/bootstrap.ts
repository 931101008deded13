// Bootstrap: config -> discovery -> hooks registered -> adapters installed
// (src/adapters.ts subscribes to the registry and installs each adapter when
// the first target of its kind appears).
// Idempotent across --require plus --import and across installed copies,
// through the shared global state.
import { resolveBootstrapName, defaultBases } from './core/discovery.js'
import { createHookLoader } from './core/hook-loader.js'
import { debug, debugEnabled, describeError, notice, warn, WarningCode } from './report/log.js'
import { nodeFeatures } from './core/node-features.js'
import { packageManagerOf } from './core/package-manager.js'
import type * as ReportModule from './report/report.js'
import { describeHook } from './core/registry.js'
import { addTracingRecords, getWiredState as getState, watchForBundles } from './adapters.js'
import { channelOf } from './core/tracing-spec.js'
import type { TracingRecord } from './core/tracing-records.js'
import type { State } from './core/state.js'
import { notifyOtelBridge } from './otel/global.js'
import type * as OtelStart from './otel/start.js'

export type DiscoverySummary = {
  readonly name: string
  readonly packages: ReadonlyArray<{ name: string; dir: string; version: string | undefined }>
  readonly hooks: number
  /** Declarative tracing entries found (see tracingStatus() for what became of them). */
  readonly tracing: number
  readonly problems: readonly string[]
}

/** Resolves one name, warns about each problem, and registers its hooks (except disabled ones). */
export function discoverInto(state: State, name: string, bases: readonly string[] = defaultBases()): DiscoverySummary {
  const registry = state.registry
  const found = resolveBootstrapName(name, bases)
  for (const problem of found.problems) warn(problem.code, problem.message)
  if (debugEnabled) {
    for (const pkg of found.packages) debug('core', `"${name}": patch package ${pkg.name}@${pkg.version ?? '?'} at ${pkg.dir}`)
  }
  for (const { pkg, spec } of found.declarations) {
    const origin = { packageName: pkg.name, packageDir: pkg.dir, file: spec.file, exportName: spec.exportName, group: spec.group }
    const entry = { load: createHookLoader(origin), versions: spec.versions, origin }
    if (state.disable.isDisabled(pkg.name, spec.target.name)) registry.registerDisabled(spec.target, entry)
    else registry.register(spec.target, entry)
  }
  const traced: TracingRecord[] = []
  for (const { pkg, spec } of found.tracing) {
    const disabled = state.disable.isDisabled(pkg.name, spec.moduleName)
    const record: TracingRecord = { spec, packageName: pkg.name, packageDir: pkg.dir, channel: channelOf(spec), disabled, outcomes: [] }
    state.tracing.push(record)
    if (disabled && debugEnabled)
      debug('core', `AUTOWRAPT_DISABLE turns off tracing entry ${spec.jsonPath} of "${pkg.name}" on "${spec.moduleName}"`)
    if (!disabled) traced.push(record)
  }
  addTracingRecords(state, traced)
  notifyOtelBridge(traced)
  return {
    name,
    packages: found.packages.map((p) => ({ name: p.name, dir: p.dir, version: p.version })),
    hooks: found.declarations.length,
    tracing: found.tracing.length,
    problems: found.problems.map((p) => p.message),
  }
}

// At exit, name the hooks that never met their target: the most common
// "why didn't my hook fire?" answer is that the module was never loaded.
function logUnfired(state: State): void {
  for (const record of state.registry.records()) {
    if (record.outcomes.length === 0 && !record.disabled)
      debug('core', `${describeHook(record)} never fired: "${record.target.name}" was not loaded by this process`)
  }
}

// An AUTOWRAPT_DISABLE entry that turned nothing off is most likely a typo,
// which would leave on exactly the hook the operator meant to turn off.
function warnUnmatchedDisable(state: State): void {
  if (state.config.disable.length === 0) return
  const declared = [
    ...state.registry.records().flatMap((r) => (r.origin ? [[r.origin.packageName, r.target.name] as const] : [])),
    ...state.tracing.map((t) => [t.packageName, t.spec.moduleName] as const),
  ]
  for (const { entry, suggestion } of state.disable.unmatched(declared)) {
    warn(
      WarningCode.InvalidDisable,
      `AUTOWRAPT_DISABLE entry "${entry}" matches no declared hook${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    )
  }
}

/** Runs one step of bootstrap so that its failure loses only what depends on it. */
function step(state: State, what: string, run: () => void): void {
  try {
    run()
  } catch (error) {
    if (state.registry.strict) throw error
    warn(WarningCode.InternalError, `${what} failed: ${describeError(error)}; the application continues without it`)
  }
}

export function bootstrap(): void {
  if (nodeFeatures.isLoaderThread()) return
  const state = getState()
  if (state.bootstrapped) {
    if (debugEnabled) debug('core', 'already bootstrapped in this process; nothing to do')
    return
  }
  state.bootstrapped = true
  const config = state.config
  const manager = packageManagerOf(process.argv[1])
  if (manager !== undefined) {
    // Nothing runs in a package manager's own process; one line, for whoever asked for a report.
    if (config.report !== undefined || debugEnabled)
      notice(`pid ${process.pid} is ${manager} (${process.argv[1]}), a package manager, not the application: autowrapt is off in it`)
    return
  }
  step(state, 'the report', () => {
    // The exit report is a bundle of its own (scripts/bundle.mjs): loaded only when asked for.
    if (config.report !== undefined) (require('./report/report.js') as typeof ReportModule).installReport(state, config.report)
    if (debugEnabled) process.once('exit', () => logUnfired(state))
  })
  if (debugEnabled) debug('core', `AUTOWRAPT_BOOTSTRAP names: ${config.bootstrap.join(', ') || '(none)'}`)
  const bases = defaultBases()
  // Each name alone: one that cannot be resolved or registered loses its own hooks only.
  for (const name of config.bootstrap) step(state, `bootstrap of "${name}"`, () => discoverInto(state, name, bases))
  step(state, 'the AUTOWRAPT_DISABLE check', () => warnUnmatchedDisable(state))
  // AUTOWRAPT_OTEL=1: the entries' channels become OpenTelemetry spans (loaded only then).
  if (config.otel) step(state, 'the OpenTelemetry bridge', () => (require('./otel/start.js') as typeof OtelStart).startOtelBridge())
  step(state, 'the bundle listener', () => watchForBundles(state))
}
