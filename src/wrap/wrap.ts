// The wrapping toolkit's public API (`autowrapt/wrap`). Importing it has no
// side effects. shimmer's signatures; autowrapt's own bookkeeping instead of
// shimmer's markers, so other tools' clean-up never takes our layers for theirs.
import { propertyLabel } from './define.js'
import { isOurs } from './layers.js'
import type { MakeWrapper } from './layers.js'
import { unwrapProperty, wrapProperty } from './property.js'
import { createShimmerStyleWrapper } from './replacement.js'
import type { Wrappable, WrappableAt, Wrapped, Wrapper } from './types.js'

export { wrapFunction } from './function.js'
export { wrapCallable } from './callable.js'
export type {
  AnyConstructor,
  AnyFunction,
  ArgsOf,
  EnabledSwitch,
  FunctionWrapper,
  Replacement,
  ResultOf,
  Wrappable,
  WrappableAt,
  Wrapped,
  Wrapper,
  WrapFunctionOptions,
} from './types.js'

/**
 * Replaces `target[name]` with `wrapper(original, name)`, as shimmer does. The
 * replacement gets the original's name, length, own properties and `prototype`,
 * the property keeps its flags, and an accessor stays an accessor. Another
 * tool's wrapper already there is wrapped like any function. Returns the
 * installed function; when the property cannot be wrapped (missing, not a
 * function, read-only, already wrapped by autowrapt) it warns and returns
 * undefined.
 *
 * @example
 * wrap(fs, 'readFile', (original) => function (this: unknown, ...args: any[]) {
 *   console.log('readFile', args[0])
 *   return original.apply(this, args)
 * })
 */
export function wrap<T extends object, K extends keyof T>(
  target: T,
  name: K,
  wrapper: Wrapper<WrappableAt<T, K>>,
): Wrapped<WrappableAt<T, K>> | undefined {
  return wrapProperty(target, name as PropertyKey, shimmerStyle(wrapper as unknown as Wrapper<Wrappable>, name as PropertyKey)) as
    Wrapped<WrappableAt<T, K>> | undefined
}

function shimmerStyle(wrapper: Wrapper<Wrappable>, name: PropertyKey): MakeWrapper {
  if (typeof wrapper !== 'function') {
    throw new TypeError(`autowrapt wrap(): the wrapper for ${propertyLabel(name)} must be a function (original, name) => replacement`)
  }
  return (original, key) => createShimmerStyleWrapper(original, key, wrapper)
}

/**
 * Removes autowrapt's own layer from `target[name]`, and nothing else. When
 * the property still holds it, the original is put back; when another tool
 * wrapped on top, that tool's wrapper stays and autowrapt's layer beneath it
 * becomes a pass-through. Other tools' wrappers are never removed. Returns
 * whether autowrapt's layer was taken out.
 *
 * @example
 * unwrap(fs, 'readFile')
 */
export function unwrap<T extends object>(target: T, name: keyof T): boolean {
  return unwrapProperty(target, name as PropertyKey)
}

/**
 * `wrap` for every name on every target; a single target may be passed bare.
 *
 * @example
 * massWrap([http, https], ['request', 'get'], (original) => traced(original))
 */
export function massWrap(
  targets: object | readonly object[],
  names: readonly PropertyKey[],
  wrapper: Wrapper<any>,
): Array<Wrapped<any> | undefined> {
  const results: Array<Wrapped<any> | undefined> = []
  for (const target of listTargets(targets, names, 'massWrap')) {
    for (const name of names) results.push(wrapProperty(target, name, shimmerStyle(wrapper, name)) as Wrapped<any> | undefined)
  }
  return results
}

/**
 * `unwrap` for every name on every target.
 *
 * @example
 * massUnwrap([http, https], ['request', 'get'])
 */
export function massUnwrap(targets: object | readonly object[], names: readonly PropertyKey[]): boolean[] {
  const results: boolean[] = []
  for (const target of listTargets(targets, names, 'massUnwrap')) {
    for (const name of names) results.push(unwrapProperty(target, name))
  }
  return results
}

// A missing target is the host's state (wrap warns per name); a names list
// that is not an array is a wrong call, so it throws.
function listTargets(targets: unknown, names: unknown, caller: string): unknown[] {
  if (!Array.isArray(names)) {
    throw new TypeError(`autowrapt ${caller}(): names must be an array of property names, e.g. ['get', 'request']`)
  }
  if (Array.isArray(targets)) return targets
  return [targets]
}

/**
 * Whether `fn` is a wrapper made by autowrapt. Other tools' wrappers (shimmer,
 * OpenTelemetry) are not: autowrapt wraps on top of those.
 *
 * @example
 * if (!isWrapped(http.request)) wrap(http, 'request', traced)
 */
export function isWrapped(fn: unknown): fn is Wrapped<Wrappable> {
  return isOurs(fn)
}
