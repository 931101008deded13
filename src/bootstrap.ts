// Bootstrap: config -> discovery -> hooks registered -> adapters installed
// (src/adapters.ts subscribes to the registry and installs each adapter when
// the first target of its kind appears).
// Idempotent across --require plus --import and across installed copies,
// through the shared global state.
import { resolveBootstrapName, defaultBases } from './core/discovery.js'
import { createHookLoader } from './core/hook-loader.js'
import { debug, debugEnabled, describeError, warn, WarningCode } from './report/log.js'
import { nodeFeatures } from './core/node-features.js'
import { installReport } from './report/report.js'
import { describeHook } from './core/registry.js'
import { addTracingRecords, getWiredState as getState } from './adapters.js'
import { channelOf } from './core/tracing-spec.js'
import type { TracingRecord } from './core/tracing-records.js'
import type { State } from './core/state.js'

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
    if (state.isDisabled(pkg.name, spec.target.name)) {
      state.disabled.push({ ...origin, target: spec.target.name })
      if (debugEnabled) debug('core', `AUTOWRAPT_DISABLE turns off the hook of "${pkg.name}" on "${spec.target.name}"`)
      continue
    }
    registry.register(spec.target, { load: createHookLoader(origin), versions: spec.versions, origin })
  }
  const traced: TracingRecord[] = []
  for (const { pkg, spec } of found.tracing) {
    const disabled = state.isDisabled(pkg.name, spec.moduleName)
    const record: TracingRecord = { spec, packageName: pkg.name, packageDir: pkg.dir, channel: channelOf(spec), disabled, outcomes: [] }
    state.tracing.push(record)
    if (disabled && debugEnabled) debug('core', `AUTOWRAPT_DISABLE turns off tracing entry ${spec.jsonPath} of "${pkg.name}" on "${spec.moduleName}"`)
    if (!disabled) traced.push(record)
  }
  addTracingRecords(state, traced)
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
    if (record.outcomes.length === 0) debug('core', `${describeHook(record)} never fired: "${record.target.name}" was not loaded by this process`)
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
  try {
    const config = state.config
    if (config.report !== undefined) installReport(state, config.report)
    if (debugEnabled) process.once('exit', () => logUnfired(state))
    if (debugEnabled) debug('core', `AUTOWRAPT_BOOTSTRAP names: ${config.bootstrap.join(', ') || '(none)'}`)
    const bases = defaultBases()
    for (const name of config.bootstrap) discoverInto(state, name, bases)
  } catch (error) {
    if (state.registry.strict) throw error
    warn(WarningCode.InternalError, `autowrapt: bootstrap failed: ${describeError(error)}; the application continues without some hooks`)
  }
}
