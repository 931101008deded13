// The record a bundler plugin (src/bundler/) leaves in a bundle: what the build
// did with each hook and tracing entry it prepared for. The bundle publishes it
// on a diagnostics_channel when it starts (the run-time side, src/bundled/,
// merges it into the report), and `autowrapt check --bundle` reads it from the
// file. Pure: types, and the text form that survives minifiers (a string
// literal of base64, which no minifier rewrites).
import type { ModuleFormat } from '../types.js'
import type { TracingOutcome } from './tracing-records.js'

export const BUNDLE_MARKER_SCHEMA = 'autowrapt-bundle/1'
/** The channel a bundle's banner publishes its marker on: `{ marker: string }`. */
export const BUNDLE_CHANNEL = 'autowrapt:bundle'
/** The channel a bundled target publishes on after its body ran: `{ target, version, format, file, exports }`. */
export const BUNDLED_MODULE_CHANNEL = 'autowrapt:bundled-module'

/**
 * What the build did with one declared hook:
 * - `bundled`: its target's module is in the bundle, wrapped to hand its exports over at run time;
 * - `external`: the build kept the target external; it is hooked at run time as in an unbundled app;
 * - `not-in-bundle`: the build contained no module of the target;
 * - `failed`: the build could not prepare it (`error`).
 */
export type BundledHook = {
  readonly package: string
  readonly group: string | null
  readonly target: string
  readonly hook: string
  readonly status: 'bundled' | 'external' | 'not-in-bundle' | 'failed'
  /** The bundled files of the target, relative to the build's working directory. */
  readonly files: ReadonlyArray<{ file: string; format: ModuleFormat; version: string | undefined }>
  readonly error?: string
}

/** What the build did with one tracing entry: the outcomes of the runtime's transform step, or `not-in-bundle`/`external`. */
export type BundledTracing = {
  readonly package: string
  readonly group: string | null
  /** Where the entry is in the patch package's package.json (`autowrapt.tracing[0]`). */
  readonly entry: string
  readonly module: string
  readonly filePath: string
  readonly status: 'transformed' | 'external' | 'not-in-bundle'
  readonly outcomes: TracingOutcome[]
}

export type BundleMarker = {
  readonly schema: typeof BUNDLE_MARKER_SCHEMA
  /** autowrapt's version at build time. */
  readonly autowrapt: string
  readonly bundler: string
  /** The names the build prepared for (the plugin's `bootstrap` option). */
  readonly bootstrap: string[]
  readonly hooks: BundledHook[]
  readonly tracing: BundledTracing[]
}

const PREFIX = `${BUNDLE_MARKER_SCHEMA}:`
const FOUND = /autowrapt-bundle\/1:([A-Za-z0-9+/=]+)/g

export function encodeMarker(marker: BundleMarker): string {
  return PREFIX + Buffer.from(JSON.stringify(marker)).toString('base64')
}

/** The marker in `text` (the published string, or a whole bundle file), or undefined. */
export function decodeMarker(text: string): BundleMarker | undefined {
  return decodeMarkers(text)[0]
}

/** Every marker in a file (a bundle made of several builds may hold more than one). */
export function decodeMarkers(text: string): BundleMarker[] {
  const found: BundleMarker[] = []
  for (const match of text.matchAll(FOUND)) {
    try {
      const value = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as BundleMarker
      if (value?.schema === BUNDLE_MARKER_SCHEMA && Array.isArray(value.hooks) && Array.isArray(value.tracing)) found.push(value)
    } catch {
      // The placeholder of an unfinished build, or text that only looks like a marker.
    }
  }
  return found
}
