// Making a replacement from a wrapper factory, and the warnings for every way
// that can be refused. wrap() runs inside the host application, so a problem
// with the target warns and leaves the property as it was: it never throws.
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { copyPrototypeProperty, NO_ARGS, propertyLabel } from './define.js'
import type { MadeWrapper } from './layers.js'
import { createShell } from './shell.js'
import type { Wrappable, Wrapper } from './types.js'

/** Warns that `name` was left unwrapped, and why; returns undefined like shimmer. */
export function refuse(name: PropertyKey, reason: string): undefined {
  warn(WarningCode.WrapFailed, `could not wrap ${propertyLabel(name)}: ${reason}. It is left unwrapped.`)
  return undefined
}

// Policy: autowrapt does not stack its own layer on its own layer, so a patch
// applied twice leaves one layer. Another tool's wrapper is never a reason to
// refuse: autowrapt wraps on top of it (autowrapt issue 12).
export function refuseDoubleWrap(name: PropertyKey): undefined {
  warn(
    WarningCode.DoubleWrap,
    `did not wrap ${propertyLabel(name)}: autowrapt has already wrapped it. ` + 'Call unwrap() first to replace that wrapper.',
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
 * The `wrap` layer: calls the factory, dresses its result as the original,
 * and puts it in a shell that can be bypassed. Returns undefined, having
 * warned, when the factory throws or does not return a new function.
 */
export function createShimmerStyleWrapper(original: Wrappable, name: PropertyKey, wrapper: Wrapper<Wrappable>): MadeWrapper | undefined {
  let replacement: unknown
  try {
    replacement = wrapper(original, name)
  } catch (error) {
    return refuse(name, `the wrapper factory threw ${describeError(error)}`)
  }
  if (typeof replacement !== 'function') {
    return refuse(name, `the wrapper factory returned ${describeKind(replacement)}, not a function`)
  }
  // A factory may decline by returning the original: change nothing.
  if (replacement === original) {
    if (debugEnabled) debug('wrap', `the wrapper factory for ${propertyLabel(name)} returned the original; nothing wrapped`)
    return undefined
  }
  // Only `prototype`, for `new` through the shell: redefining `name` or
  // `length` would put the function in V8's slow dictionary mode, and the
  // shell looks `apply` up on it on every call. The shell carries the rest.
  copyPrototypeProperty(original, replacement as object)
  return createShell(original, replacement as Wrappable, isConstructor(replacement as Wrappable))
}

// Reflect.construct checks that newTarget is a constructor without running it.
export function isConstructor(fn: Wrappable): boolean {
  try {
    Reflect.construct(Object, NO_ARGS, fn)
    return true
  } catch {
    return false
  }
}
