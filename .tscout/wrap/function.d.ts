import type { FunctionWrapper, WrappableAt, Wrapped, WrapFunctionOptions } from './types.js';
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
export declare function wrapFunction<T extends object, K extends keyof T>(target: T, name: K, wrapper: FunctionWrapper<WrappableAt<T, K>>, options?: WrapFunctionOptions): Wrapped<WrappableAt<T, K>> | undefined;
