import type { MadeWrapper } from './layers.js';
import type { Wrappable, Wrapper } from './types.js';
/** Warns that `name` was left unwrapped, and why; returns undefined like shimmer. */
export declare function refuse(name: PropertyKey, reason: string): undefined;
export declare function refuseDoubleWrap(name: PropertyKey): undefined;
/** Describes a value's kind for messages, without calling into it. */
export declare function describeKind(value: unknown): string;
/**
 * The `wrap` layer: calls the factory, dresses its result as the original,
 * and puts it in a shell that can be bypassed. Returns undefined, having
 * warned, when the factory throws or does not return a new function.
 */
export declare function createShimmerStyleWrapper(original: Wrappable, name: PropertyKey, wrapper: Wrapper<Wrappable>): MadeWrapper | undefined;
export declare function isConstructor(fn: Wrappable): boolean;
