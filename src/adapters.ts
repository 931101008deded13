// Wires the module-system adapters to the shared registry. An adapter is
// installed when the first target of its kind appears, so a process that only
// targets builtins never loads require-in-the-middle or import-in-the-middle.
// The requires are lazy on purpose (that is the startup saving) and typed
// through `import type`, so a misspelt function or wrong argument fails to compile.
//
// Each adapter is installed alone: one that cannot start (no require(esm) under
// --no-experimental-require-module, module.register refused by the permission
// model) costs only the hooks of its own module system. Those hooks get an
// `unavailable` outcome in the report, and everything else still registers.
import type * as BuiltinAdapter from './builtins/adapter.js'
import type * as CjsAdapter from './cjs/adapter.js'
import type * as EsmAdapter from './esm/adapter.js'
import type * as TracingAdapter from './tracing/adapter.js'
import type * as BundledReceive from './bundled/receive.js'
import type * as BundledHint from './bundled/hint.js'
import { getState, type State } from './core/state.js'
import type { Registry } from './core/registry.js'
import type { Target } from './core/targets.js'
import type { TracingRecord } from './core/tracing-records.js'
import { debug, debugEnabled, describeError, warn, WarningCode } from './report/log.js'
import type { ModuleFormat } from './types.js'

/** The shared state, with the adapters subscribed to its registry (once per process, across copies). */
export function getWiredState(): State {
  const state = getState()
  if (!state.adapters.has('wired')) {
    state.adapters.add('wired')
    state.registry.onNewTarget((target) => installAdaptersFor(state, target))
  }
  return state
}

type AdapterName = 'builtin' | 'cjs' | 'esm'
const FORMAT: Record<AdapterName, ModuleFormat> = { builtin: 'builtin', cjs: 'commonjs', esm: 'module' }
const WHAT: Record<AdapterName, string> = { builtin: 'builtin modules', cjs: 'require()', esm: 'ESM imports' }

/** An adapter that cannot run: its hooks are reported unavailable, with one warning. */
function unavailable(state: State, name: AdapterName, error: unknown): void {
  // Not rethrown under AUTOWRAPT_STRICT: that is about hook code, and this is the environment.
  const reason = error instanceof Error ? error.message.split('\n')[0]! : describeError(error)
  const serves = name === 'builtin' ? (t: Target) => t.kind === 'builtin' : (t: Target) => t.kind !== 'builtin'
  state.registry.markUnavailable(FORMAT[name], serves, `${WHAT[name]} cannot be hooked: ${reason}`)
  warn(
    name === 'esm' ? WarningCode.EsmUnavailable : WarningCode.AdapterUnavailable,
    `${WHAT[name]} cannot be hooked in this process (${reason}); hooks on them are reported as unavailable, all others still apply`,
  )
}

function install(state: State, name: AdapterName, run: (registry: Registry) => void): void {
  if (state.adapters.has(name)) return
  state.adapters.add(name)
  try {
    run(state.registry)
  } catch (error) {
    unavailable(state, name, error)
  }
}

function installAdaptersFor(state: State, target: Target): void {
  if (target.kind === 'builtin') {
    install(state, 'builtin', (registry) => (require('./builtins/adapter.js') as typeof BuiltinAdapter).installBuiltinAdapter(registry))
    return
  }
  // require-in-the-middle itself is made at the first require() of a target, so it can fail then.
  install(state, 'cjs', (registry) =>
    (require('./cjs/adapter.js') as typeof CjsAdapter).installCjsAdapter(registry, (error) => unavailable(state, 'cjs', error)),
  )
  if (state.config.esm) install(state, 'esm', (registry) => (require('./esm/adapter.js') as typeof EsmAdapter).installEsmAdapter(registry))
  else if (!state.adapters.has('esm')) {
    // AUTOWRAPT_ESM=0: the operator's choice, so no warning; the report still
    // says, hook by hook, that ES module imports were not looked at.
    state.adapters.add('esm')
    state.registry.markUnavailable('module', (t) => t.kind !== 'builtin', 'ESM imports are not hooked: AUTOWRAPT_ESM=0')
    if (debugEnabled) debug('esm', 'AUTOWRAPT_ESM=0: no ESM hooks, no loader thread; only require() and builtins are hooked')
  }
}

/**
 * Bundled applications (src/bundled/): listen for bundles an autowrapt plugin
 * built, and at exit say when targets never loaded in what looks like a bundle
 * built without one. Only when some hook or tracing entry is on a package.
 */
export function watchForBundles(state: State): void {
  if (state.adapters.has('bundled')) return
  if (state.tracing.length === 0 && !state.registry.targets().some((t) => t.kind !== 'builtin')) return
  state.adapters.add('bundled')
  try {
    ;(require('./bundled/receive.js') as typeof BundledReceive).subscribeBundles(state)
  } catch (error) {
    // Like an adapter that cannot start: said, never fatal, everything else unaffected.
    warn(
      WarningCode.AdapterUnavailable,
      `bundles built with an autowrapt plugin cannot be listened for in this process (${describeError(error)}); hooks outside bundles still apply`,
    )
    return
  }
  process.once('exit', () => (require('./bundled/hint.js') as typeof BundledHint).bundledHint(state))
}

/** Declarative tracing: loaded with the first tracing entry, never before. */
export function addTracingRecords(state: State, records: readonly TracingRecord[]): void {
  if (records.length === 0) return
  try {
    ;(require('./tracing/adapter.js') as typeof TracingAdapter).addTracingRecords(state, records)
  } catch (error) {
    // Like an adapter that cannot start: said, never fatal, hooks unaffected.
    warn(
      WarningCode.AdapterUnavailable,
      `declarative tracing cannot be installed in this process (${describeError(error)}); its entries are not applied, hooks still are`,
    )
  }
}
