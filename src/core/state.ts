// Process-wide state, shared by every copy of autowrapt through a global
// symbol: two installed copies (or --require plus --import) must see one
// registry and install each adapter once. The adapters are wired to it from
// above (src/adapters.ts), so the core never imports an adapter.
import { parseConfig, type Config } from './config.js'
import { createDisableMatcher } from './disable.js'
import { createRegistry, type Registry } from './registry.js'
import type { HookOrigin } from './hook-loader.js'

export type State = {
  readonly registry: Registry
  bootstrapped: boolean
  /** Adapters already installed ('builtin', 'cjs', 'esm'), and 'wired' once src/adapters.ts has subscribed to the registry. */
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
  }
  return state
}
