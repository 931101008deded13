// Wires the module-system adapters to the shared registry. An adapter is
// installed when the first target of its kind appears, so a process that only
// targets builtins never loads require-in-the-middle or import-in-the-middle.
// The requires are lazy on purpose (that is the startup saving) and typed
// through `import type`, so a misspelt function or wrong argument fails to compile.
import type * as BuiltinAdapter from './builtins/adapter.js'
import type * as CjsAdapter from './cjs/adapter.js'
import type * as EsmAdapter from './esm/adapter.js'
import type * as TracingAdapter from './tracing/adapter.js'
import { getState, type State } from './core/state.js'
import type { Target } from './core/targets.js'
import type { TracingRecord } from './core/tracing-records.js'

/** The shared state, with the adapters subscribed to its registry (once per process, across copies). */
export function getWiredState(): State {
  const state = getState()
  if (!state.adapters.has('wired')) {
    state.adapters.add('wired')
    state.registry.onNewTarget((target) => installAdaptersFor(state, target))
  }
  return state
}

function installAdaptersFor(state: State, target: Target): void {
  if (target.kind === 'builtin') {
    if (!state.adapters.has('builtin')) {
      state.adapters.add('builtin')
      ;(require('./builtins/adapter.js') as typeof BuiltinAdapter).installBuiltinAdapter(state.registry)
    }
    return
  }
  if (!state.adapters.has('cjs')) {
    state.adapters.add('cjs')
    ;(require('./cjs/adapter.js') as typeof CjsAdapter).installCjsAdapter(state.registry)
  }
  if (!state.adapters.has('esm')) {
    state.adapters.add('esm')
    ;(require('./esm/adapter.js') as typeof EsmAdapter).installEsmAdapter(state.registry)
  }
}

/** Declarative tracing: loaded with the first tracing entry, never before. */
export function addTracingRecords(state: State, records: readonly TracingRecord[]): void {
  if (records.length === 0) return
  ;(require('./tracing/adapter.js') as typeof TracingAdapter).addTracingRecords(state, records)
}
