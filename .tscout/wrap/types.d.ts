/** Any callable function. */
export type AnyFunction = (this: any, ...args: any[]) => any;
/** Any constructor, including classes (which TypeScript does not see as callable). */
export type AnyConstructor = abstract new (...args: any[]) => any;
/** What `wrap` and `wrapFunction` can replace: a function or a constructor. */
export type Wrappable = AnyFunction | AnyConstructor;
/**
 * The function type stored at `target[name]`, or `AnyFunction` when the type
 * there is not a function (the call is still allowed: it warns at run time).
 */
export type WrappableAt<T, K extends keyof T> = NonNullable<T[K]> extends Wrappable ? NonNullable<T[K]> : AnyFunction;
/**
 * What a factory must return for `F`: a function with F's call signature. The
 * original's own properties are copied over, so the factory need not add them.
 */
export type Replacement<F extends Wrappable> = F extends AnyFunction ? (...args: Parameters<F>) => ReturnType<F> : Wrappable;
/** Shimmer's wrapper factory: receives the original, returns its replacement. */
export type Wrapper<F extends Wrappable = AnyFunction> = (original: F, name: PropertyKey) => Replacement<F>;
/**
 * A function installed by `wrap` or `wrapFunction`: it has F's signature and
 * `isWrapped` recognises it. It carries none of shimmer's markers
 * (`__wrapped`, `__original`, `__unwrap`), so OpenTelemetry and shimmer never
 * take it for one of their own; `unwrap` is the way to remove it.
 */
export type Wrapped<F extends Wrappable = AnyFunction> = F;
/** Argument list of a function or constructor type. */
export type ArgsOf<F> = F extends (...args: infer A) => any ? A : F extends abstract new (...args: infer A) => any ? A : any[];
/** Result of calling (or constructing) a function or constructor type. */
export type ResultOf<F> = F extends (...args: any[]) => infer R ? R : F extends abstract new (...args: any[]) => infer I ? I : any;
/**
 * wrapt-style wrapper for `wrapFunction`: called instead of the original on
 * every call. `newTarget` is set only when the wrapper was called with `new`;
 * then `thisArg` is undefined and calling `wrapped` constructs the original.
 */
export type FunctionWrapper<F extends Wrappable = AnyFunction> = (wrapped: F, thisArg: any, args: ArgsOf<F>, newTarget: AnyConstructor | undefined) => ResultOf<F>;
/** Switch checked on every call; when it is off the original runs directly. */
export type EnabledSwitch = boolean | (() => boolean);
/** Options for `wrapFunction`. */
export type WrapFunctionOptions = {
    /**
     * Read on every call from this same object, so assigning `options.enabled`
     * later (or passing a function) switches the wrapper logic on and off.
     */
    enabled?: EnabledSwitch;
};
