// The wrapping toolkit's public API (`autowrapt/wrap`). Importing it has no
// side effects. shimmer-compatible: same signatures, same markers on wrappers.
import { isWrapped as isWrappedFunction } from './define.js'
import { unwrapProperty, wrapProperty } from './property.js'
import type { Wrappable, WrappableAt, Wrapped, Wrapper } from './types.js'

export { wrapFunction } from './function.js'
export { wrapCallable } from './callable.js'
export type {
  AnyConstructor, AnyFunction, ArgsOf, EnabledSwitch, FunctionWrapper, Replacement, ResultOf, Wrappable, WrappableAt,
  Wrapped, Wrapper, WrapFunctionOptions,
} from './types.js'

/**
 * Replaces `target[name]` with `wrapper(original, name)`, as shimmer does. The
 * replacement gets the original's name, length, own properties and `prototype`,
 * the property keeps its flags, and an accessor stays an accessor. Returns the
 * replacement; when the property cannot be wrapped (missing, not a function,
 * read-only, already wrapped) it warns and returns undefined.
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
  return wrapProperty(target, name as PropertyKey, wrapper as unknown as Wrapper<Wrappable>) as Wrapped<WrappableAt<T, K>> | undefined
}

/**
 * Restores the original of `target[name]` if the property still holds the
 * wrapper `wrap` put there; a wrapper someone installed on top is left alone.
 * A plain shimmer wrapper is undone too. Returns whether anything was restored.
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
    for (const name of names) results.push(wrapProperty(target, name, wrapper) as Wrapped<any> | undefined)
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
 * Whether `fn` is a wrapper made by autowrapt or by shimmer.
 *
 * @example
 * if (!isWrapped(http.request)) wrap(http, 'request', traced)
 */
export function isWrapped(fn: unknown): fn is Wrapped<Wrappable> {
  return isWrappedFunction(fn)
}
