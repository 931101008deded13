import type { FunctionWrapper, WrapFunctionOptions } from './types.js';
/**
 * Wraps a callable module: `fn` itself (a CommonJS `module.exports` function),
 * or, given a module namespace or an object whose `default` is the function,
 * every export that is that function (`default`, and `pino` on pino's ESM face).
 * `wrapper` is `wrapFunction`'s `(wrapped, thisArg, args, newTarget) => result`.
 *
 * Returns what the hook should return: the wrapper function for a function,
 * the same exports object (patched in place) for an object. The wrapper keeps
 * the original's name, length, properties and statics, properties that point
 * back at the original point at the wrapper, and `new` constructs the original.
 * When it cannot wrap (already wrapped, no callable default), it warns and
 * returns its argument unchanged.
 *
 * @example
 * // hooks/pino.js: counts the loggers the application creates
 * exports.patchPino = (pino) => wrapCallable(pino, (wrapped, thisArg, args) => {
 *   created++
 *   return Reflect.apply(wrapped, thisArg, args)
 * })
 */
export declare function wrapCallable<T extends object>(exports: T, wrapper: FunctionWrapper<any>, options?: WrapFunctionOptions): T;
