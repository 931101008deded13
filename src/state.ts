// Process-wide state, shared by every copy of autowrapt through a global
// symbol: two installed copies (or --require plus --import) must see one
// registry and install each adapter once.
import { parseConfig, type Config } from './config.js'
import { createDisableMatcher } from './disable.js'
import { createRegistry, type Registry } from './registry.js'
import type { Target } from './targets.js'
import type { HookOrigin } from './types.js'

export type State = {
  readonly registry: Registry
  bootstrapped: boolean
  /** Names of adapters already installed: 'builtin', 'cjs', 'esm'. */
  readonly adapters: Set<string>
  readonly config: Config
  readonly isDisabled: (packageName: string, target: string) => boolean
  /** Declared hooks that AUTOWRAPT_DISABLE turned off, for the report. */
  readonly disabled: Array<HookOrigin & { target: string }>
}

const STATE = Symbol.for('autowrapt.state')

export function getState(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>
  let state = holder[STATE]
  if (state === undefined) {
    const config = parseConfig()
    state = {
      registry: createRegistry({ strict: config.strict }),
      bootstrapped: false,
      adapters: new Set(),
      config,
      isDisabled: createDisableMatcher(config.disable),
      disabled: [],
    }
    Object.defineProperty(globalThis, STATE, { value: state, enumerable: false, configurable: true })
    // Adapters are installed when the first target of their kind appears, so a
    // process that only targets builtins never loads require-in-the-middle or
    // import-in-the-middle.
    state.registry.onNewTarget((target) => installAdaptersFor(state!, target))
  }
  return state
}

function installAdaptersFor(state: State, target: Target): void {
  if (target.kind === 'builtin') {
    if (!state.adapters.has('builtin')) {
      state.adapters.add('builtin')
      require('./builtins.js').installBuiltinAdapter(state.registry)
    }
    return
  }
  if (!state.adapters.has('cjs')) {
    state.adapters.add('cjs')
    require('./cjs.js').installCjsAdapter(state.registry)
  }
  if (!state.adapters.has('esm')) {
    state.adapters.add('esm')
    require('./esm.js').installEsmAdapter(state.registry)
  }
}
