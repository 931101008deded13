// Making a replacement from a wrapper factory, and the warnings for every way
// that can be refused. wrap() runs inside the host application, so a problem
// with the target warns and leaves the property as it was: it never throws.
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { copyFunctionMetadata, markWrapper, propertyLabel } from './define.js'
import type { Wrappable, Wrapper } from './types.js'

/** Warns that `name` was left unwrapped, and why; returns undefined like shimmer. */
export function refuse(name: PropertyKey, reason: string): undefined {
  warn(WarningCode.WrapFailed, `could not wrap ${propertyLabel(name)}: ${reason}. It is left unwrapped.`)
  return undefined
}

// Policy: a wrapper is never stacked on a wrapper, so a patch applied twice
// leaves one layer, and another tool's wrapper (shimmer, OpenTelemetry) is
// never silently dropped. Unwrapping first is the way to replace a wrapper.
export function refuseDoubleWrap(name: PropertyKey): undefined {
  warn(
    WarningCode.DoubleWrap,
    `autowrapt did not wrap ${propertyLabel(name)}: it is already wrapped (by autowrapt or shimmer). ` +
      'Call unwrap() first to replace that wrapper.',
  )
  return undefined
}

/** Describes a value's kind for messages, without calling into it. */
export function describeKind(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  return `a value of type ${typeof value}`
}

/**
 * Calls the factory and dresses its result as the original (metadata, shimmer
 * markers). Returns undefined, having warned, when the factory throws or does
 * not return a new function.
 */
export function createReplacement(
  original: Wrappable,
  name: PropertyKey,
  wrapper: Wrapper<Wrappable>,
  unwrap: () => void,
): Wrappable | undefined {
  let replacement: unknown
  try {
    replacement = wrapper(original, name)
  } catch (error) {
    return refuse(name, `the wrapper factory threw ${describeError(error)}`)
  }
  if (typeof replacement !== 'function') {
    return refuse(name, `the wrapper factory returned ${describeKind(replacement)}, not a function`)
  }
  // A factory may decline by returning the original; marking the original as
  // its own wrapper would make it look wrapped forever, so change nothing.
  if (replacement === original) {
    if (debugEnabled) debug('wrap', `the wrapper factory for ${propertyLabel(name)} returned the original; nothing wrapped`)
    return undefined
  }
  copyFunctionMetadata(original, replacement as Wrappable)
  markWrapper(replacement as Wrappable, original, unwrap)
  return replacement as Wrappable
}
