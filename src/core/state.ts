// Process-wide state, shared by every copy of autowrapt through a global
// symbol: two installed copies (or --require plus --import) must see one
// registry and install each adapter once. The adapters are wired to it from
// above (src/adapters.ts), so the core never imports an adapter.
//
// The record is versioned, as @opentelemetry/api versions its global: a copy
// shares it only when both the record's shape (`format`) and the package's
// semver line agree. An incompatible copy warns, keeps a private state (its API
// still works, on its own adapters) and leaves bootstrap to the copy that
// published the record, so declared hooks never run twice.
import { parseConfig, type Config } from './config.js'
import { createDisableMatcher, type DisableMatcher } from './disable.js'
import { ownPackageFile } from './package-root.js'
import { createRegistry, type Registry } from './registry.js'
import type { TracingRecord } from './tracing-records.js'
import type { BundleMarker } from './bundle-marker.js'
import { warn, WarningCode } from '../report/log.js'

/** Bumped whenever the record's shape changes in a way an older copy would misread. */
export const STATE_FORMAT = 1

export type State = {
  /** Shape of this record (STATE_FORMAT of the copy that created it). */
  readonly format: number
  /** package.json version of the copy that created it. */
  readonly version: string
  readonly registry: Registry
  bootstrapped: boolean
  /** Adapters already installed ('builtin', 'cjs', 'esm'), and 'wired' once src/adapters.ts has subscribed to the registry. */
  readonly adapters: Set<string>
  readonly config: Config
  readonly disable: DisableMatcher
  /** Declared tracing entries, in discovery order (src/tracing/ applies them). */
  readonly tracing: TracingRecord[]
  /** Take in tracing outcomes recorded elsewhere (the loader thread) before reading `tracing`. */
  readonly refreshTracing: Array<() => void>
  /** Markers of the bundles this process ran that an autowrapt plugin built (src/bundled/). */
  readonly bundles: BundleMarker[]
}

const STATE = Symbol.for('autowrapt.state')

// scripts/bundle.mjs writes the package's version into dist/core/state.js and
// the loader-thread bundle, built from the same package.json; run from source
// (the unit tests) it is read from the installed package.json instead.
declare const AUTOWRAPT_BUILD_VERSION: string | undefined

function ownVersion(): string {
  if (typeof AUTOWRAPT_BUILD_VERSION === 'string') return AUTOWRAPT_BUILD_VERSION
  try {
    return (require(ownPackageFile('package.json')) as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

/** Semver line of a version: the major, or `0.minor` before 1.0 (where a minor may break). */
function line(version: string): string {
  const [major = '', minor = ''] = version.split('.')
  return major === '0' ? `0.${minor}` : major
}

/** Whether a record published by another copy can be shared by this one. */
export function isCompatible(record: { format?: unknown; version?: unknown }, format: number, version: string): boolean {
  return record.format === format && typeof record.version === 'string' && line(record.version) === line(version)
}

function createState(version: string, bootstrapped: boolean): State {
  const config = parseConfig()
  return {
    format: STATE_FORMAT,
    version,
    registry: createRegistry({ strict: config.strict }),
    bootstrapped,
    adapters: new Set(),
    config,
    disable: createDisableMatcher(config.disable),
    tracing: [],
    refreshTracing: [],
    bundles: [],
  }
}

let privateState: State | undefined

export function getState(): State {
  if (privateState !== undefined) return privateState
  const holder = globalThis as unknown as Record<symbol, Partial<State> | undefined>
  const found = holder[STATE]
  const version = ownVersion()
  if (found === undefined) {
    const state = createState(version, false)
    Object.defineProperty(globalThis, STATE, { value: state, enumerable: false, configurable: true })
    return state
  }
  if (isCompatible(found, STATE_FORMAT, version)) {
    // A compatible copy from before declarative tracing: the tracing lists are
    // additions it never reads, so they are attached rather than the format bumped.
    const shared = found as State
    if (shared.tracing === undefined) Object.assign(shared, { tracing: [], refreshTracing: [] })
    if (shared.bundles === undefined) Object.assign(shared, { bundles: [] })
    return shared
  }
  const theirs = typeof found.version === 'string' ? found.version : 'unknown'
  warn(
    WarningCode.IncompatibleCopy,
    `two incompatible copies of autowrapt are loaded: ${theirs} (state format ${String(found.format ?? 0)}) came first and runs the AUTOWRAPT_BOOTSTRAP hooks; ` +
      `this copy, ${version} (state format ${STATE_FORMAT}, at ${__dirname}), keeps its own registry for hooks registered through its API. Install one version of autowrapt`,
  )
  privateState = createState(version, true)
  return privateState
}
