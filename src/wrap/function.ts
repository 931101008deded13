// wrapt's wrap_function_wrapper for JavaScript: one wrapper function sees every
// call (and construction) of the original with its `this` and arguments.
// The call path is the hot path: it allocates only the rest-args array, has no
// try/catch, and checks a boolean switch without calling anything.
import { copyFunctionMetadata, isObjectLike, propertyLabel } from './define.js'
import type { MadeWrapper } from './layers.js'
import { wrapProperty } from './property.js'
import { isConstructor } from './replacement.js'
import type { AnyConstructor, AnyFunction, FunctionWrapper, Wrappable, WrappableAt, Wrapped, WrapFunctionOptions } from './types.js'

type AnyFunctionWrapper = (wrapped: any, thisArg: any, args: any[], newTarget: AnyConstructor | undefined) => any

/**
 * Replaces `target[name]` with a function that calls
 * `wrapper(wrapped, thisArg, args, newTarget)` instead of the original.
 * `Reflect.apply(wrapped, thisArg, args)` runs the original, and constructs it
 * when the replacement was called with `new` (then `newTarget` is set and
 * `thisArg` is undefined). Target handling is `wrap`'s; returns the
 * replacement, or undefined after a warning.
 *
 * @example
 * wrapFunction(Client.prototype, 'query', (wrapped, thisArg, args) => {
 *   const started = Date.now()
 *   try { return Reflect.apply(wrapped, thisArg, args) } finally { record(Date.now() - started) }
 * }, { enabled: () => tracing.active })
 */
export function wrapFunction<T extends object, K extends keyof T>(
  target: T,
  name: K,
  wrapper: FunctionWrapper<WrappableAt<T, K>>,
  options?: WrapFunctionOptions,
): Wrapped<WrappableAt<T, K>> | undefined {
  const key = name as PropertyKey
  if (typeof wrapper !== 'function') {
    throw new TypeError(
      `autowrapt wrapFunction(): the wrapper for ${propertyLabel(key)} must be a function (wrapped, thisArg, args, newTarget) => result`,
    )
  }
  const switches = checkOptions(options, key)
  const make = (original: Wrappable) => {
    const made = createFunctionWrapper(original, key, wrapper as AnyFunctionWrapper, switches)
    copyFunctionMetadata(original, made.replacement)
    return made
  }
  return wrapProperty(target, key, make) as Wrapped<WrappableAt<T, K>> | undefined
}

// The caller's own options object is kept (not copied) so that assigning
// `options.enabled` later takes effect on the next call.
function checkOptions(options: WrapFunctionOptions | undefined, name: PropertyKey): WrapFunctionOptions | undefined {
  if (options === undefined) return undefined
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`autowrapt wrapFunction(): options for ${propertyLabel(name)} must be an object like { enabled }`)
  }
  const enabled: unknown = options.enabled
  if (enabled !== undefined && typeof enabled !== 'boolean' && typeof enabled !== 'function') {
    throw new TypeError(
      `autowrapt wrapFunction(): options.enabled for ${propertyLabel(name)} must be a boolean or a function returning one`,
    )
  }
  return options
}

function switchedOn(options: WrapFunctionOptions): boolean {
  const enabled = options.enabled
  return enabled === undefined || enabled === true || (enabled !== false && enabled())
}

// What the construct path needs; built once per wrap, off the hot path.
type Spec = {
  original: AnyConstructor
  name: PropertyKey
  wrapper: AnyFunctionWrapper
  options: WrapFunctionOptions | undefined
}

// A bypassed layer calls (or constructs) the original and nothing else.
const passThrough: AnyFunctionWrapper = (wrapped, thisArg, args) => Reflect.apply(wrapped, thisArg, args)

// Four shapes, chosen once at wrap time rather than branched on per call:
// without options there is no switch to read at all (measured: reading one
// added 12-14% to a pass-through call), and only an original that can be
// constructed gets a constructible replacement. `wrapper` is a mutable
// binding so that bypassing costs the call path nothing.
function createFunctionWrapper(
  original: Wrappable,
  name: PropertyKey,
  wrapper: AnyFunctionWrapper,
  options: WrapFunctionOptions | undefined,
): MadeWrapper {
  const callable = original as AnyFunction
  let replacement: Wrappable
  let spec: Spec | undefined
  if (!isConstructor(original)) {
    // Method syntax gives a function that, like the arrow, method, async or
    // generator function it stands in for, cannot be constructed and has no
    // own `prototype`.
    replacement =
      options === undefined
        ? {
            wrapper(this: unknown, ...args: any[]) {
              return wrapper(callable, this, args, undefined)
            },
          }.wrapper
        : {
            wrapper(this: unknown, ...args: any[]) {
              if (switchedOn(options)) return wrapper(callable, this, args, undefined)
              return Reflect.apply(callable, this, args)
            },
          }.wrapper
  } else {
    const constructSpec: Spec = { original: original as AnyConstructor, name, wrapper, options }
    spec = constructSpec
    if (options === undefined) {
      const constructible = function (this: unknown, ...args: any[]) {
        if (new.target !== undefined) return construct(constructSpec, args, new.target === constructible ? undefined : new.target)
        return wrapper(callable, this, args, undefined)
      }
      replacement = constructible
    } else {
      const switchable = function (this: unknown, ...args: any[]) {
        if (new.target !== undefined) return construct(constructSpec, args, new.target === switchable ? undefined : new.target)
        if (switchedOn(options)) return wrapper(callable, this, args, undefined)
        return Reflect.apply(callable, this, args)
      }
      replacement = switchable
    }
  }
  const bypass = () => {
    wrapper = passThrough
    if (spec !== undefined) spec.wrapper = passThrough
  }
  return { replacement, bypass }
}

// `subclass` is new.target unless that was the replacement itself: then
// `new Replacement()` must build an original, so the original is new.target;
// a subclass (`class Sub extends Replacement`) stays new.target.
function construct(spec: Spec, args: any[], subclass: object | undefined): object {
  const { original, options } = spec
  const newTarget = (subclass ?? original) as AnyConstructor
  if (options !== undefined && !switchedOn(options)) return Reflect.construct(original, args, newTarget)
  // Built per construction (construction allocates anyway) so that calling
  // `wrapped` in any way constructs with the right new.target.
  const constructOriginal = function (...constructArgs: any[]) {
    return Reflect.construct(original, constructArgs, newTarget)
  }
  const result: unknown = spec.wrapper(constructOriginal, undefined, args, newTarget)
  if (!isObjectLike(result)) {
    // Returning a primitive from a constructor silently yields an object the
    // original never initialised: fail loudly instead.
    throw new TypeError(
      `autowrapt: the wrapFunction wrapper for ${propertyLabel(spec.name)} was called with new and returned ` +
        `${result === null ? 'null' : typeof result}; return the object from Reflect.apply(wrapped, thisArg, args)`,
    )
  }
  return result
}
