import type { Wrappable } from './types.js';
/** Where a property was found: on the holder itself or on its prototype chain. */
export type FoundProperty = {
    descriptor: PropertyDescriptor;
    own: boolean;
};
export declare const MAX_CHAIN = 1000;
/** The arguments of a call with none, shared to allocate nothing per call. */
export declare const NO_ARGS: readonly unknown[];
export declare function isObjectLike(value: unknown): value is object;
/** Names a property for messages: `'readFile'`, `Symbol(kHandle)`. */
export declare function propertyLabel(name: PropertyKey): string;
/** Looks the property up like `holder[name]` would, without invoking getters. */
export declare function findProperty(holder: object, name: PropertyKey): FoundProperty | undefined;
/**
 * Makes the replacement look like the original to the code that uses it: name,
 * length, `prototype` (so `new` and `instanceof` keep working), own properties
 * (static methods, `fn.sync = ...` attachments; a snapshot taken now) and the
 * [[Prototype]] (inherited statics; `AsyncFunction` for async functions).
 * Keys the replacement already owns are left alone: its author set them.
 */
export declare function copyFunctionMetadata(original: Wrappable, replacement: Wrappable): void;
/** Copies `from`'s own properties (other than the ones above) that `to` does not own yet. */
export declare function copyOwnProperties(from: Wrappable, to: Wrappable): void;
export declare function copyPrototypeProperty(original: object, replacement: object): void;
