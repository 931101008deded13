import type { Wrappable, WrappableAt, Wrapped, Wrapper } from './types.js';
export { wrapFunction } from './function.js';
export { wrapCallable } from './callable.js';
export type { AnyConstructor, AnyFunction, ArgsOf, EnabledSwitch, FunctionWrapper, Replacement, ResultOf, Wrappable, WrappableAt, Wrapped, Wrapper, WrapFunctionOptions, } from './types.js';
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
export declare function wrap<T extends object, K extends keyof T>(target: T, name: K, wrapper: Wrapper<WrappableAt<T, K>>): Wrapped<WrappableAt<T, K>> | undefined;
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
export declare function unwrap<T extends object>(target: T, name: keyof T): boolean;
/**
 * `wrap` for every name on every target; a single target may be passed bare.
 *
 * @example
 * massWrap([http, https], ['request', 'get'], (original) => traced(original))
 */
export declare function massWrap(targets: object | readonly object[], names: readonly PropertyKey[], wrapper: Wrapper<any>): Array<Wrapped<any> | undefined>;
/**
 * `unwrap` for every name on every target.
 *
 * @example
 * massUnwrap([http, https], ['request', 'get'])
 */
export declare function massUnwrap(targets: object | readonly object[], names: readonly PropertyKey[]): boolean[];
/**
 * Whether `fn` is a wrapper made by autowrapt. Other tools' wrappers (shimmer,
 * OpenTelemetry) are not: autowrapt wraps on top of those.
 *
 * @example
 * if (!isWrapped(http.request)) wrap(http, 'request', traced)
 */
export declare function isWrapped(fn: unknown): fn is Wrapped<Wrappable>;
