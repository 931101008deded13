// autowrapt's own layers, and nothing else's. Other tools (shimmer,
// OpenTelemetry, dd-trace, Elastic) wrap the same functions; their layers may
// sit above or below ours in any order. autowrapt recognises its wrappers by
// this private bookkeeping, never by shimmer's `__wrapped`/`__unwrap` markers:
// those markers invite OpenTelemetry's InstrumentationBase._wrap to unwrap a
// function before wrapping it, which silently removed our layer
// (autowrapt issue 12), and let a foreign `__unwrap` be called for ours.
import { debug, debugEnabled } from '../report/log.js'
import { propertyLabel } from './define.js'
import type { Wrappable } from './types.js'

/** A wrapper autowrapt made, with the switch that turns it into a pass-through. */
export type MadeWrapper = {
  replacement: Wrappable
  /** From now on the replacement calls (or constructs) the original directly. */
  bypass: () => void
}

/** Makes autowrapt's layer around `original` (the `wrap` or `wrapFunction` kind). */
export type MakeWrapper = (original: Wrappable, name: PropertyKey) => MadeWrapper | undefined

/** One autowrapt layer installed on `holder[name]`. */
export type Layer = {
  holder: object
  name: PropertyKey
  /** Whether our layer is still what the property holds (nothing on top). */
  isOnTop: () => boolean
  /** Whether the property was put back to what it held before we wrapped it. */
  isGone: () => boolean
  /** Puts back what the property held before; true when it did. */
  restore: () => boolean
  /** Leaves the layer in place as a pass-through (it sits under another tool's). */
  bypass: () => void
}

const wrappers = new WeakSet<object>()
const layers = new WeakMap<object, Map<PropertyKey, Layer>>()

/** Records a function autowrapt made, for isWrapped. */
export function markOurs(fn: Wrappable): void {
  wrappers.add(fn)
}

/** Whether `fn` is a wrapper made by autowrapt (any holder, any property). */
export function isOurs(fn: unknown): boolean {
  return typeof fn === 'function' && wrappers.has(fn)
}

export function addLayer(layer: Layer): void {
  let byName = layers.get(layer.holder)
  if (byName === undefined) {
    byName = new Map()
    layers.set(layer.holder, byName)
  }
  byName.set(layer.name, layer)
}

/**
 * autowrapt's live layer on `holder[name]`, wherever it sits among other
 * tools' layers. A layer whose property was put back to its original by
 * someone else is forgotten here.
 */
export function findLayer(holder: object, name: PropertyKey): Layer | undefined {
  const layer = layers.get(holder)?.get(name)
  if (layer === undefined || !isGone(layer)) return layer
  forgetLayer(layer)
  if (debugEnabled) debug('wrap', `${propertyLabel(name)} was put back to its original by someone else; autowrapt's layer is gone`)
  return undefined
}

// A Proxy holder whose traps throw: assume the layer is still there.
function isGone(layer: Layer): boolean {
  try {
    return layer.isGone()
  } catch {
    return false
  }
}

export function forgetLayer(layer: Layer): void {
  layers.get(layer.holder)?.delete(layer.name)
}
