import type { Wrappable } from './types.js';
/** A wrapper autowrapt made, with the switch that turns it into a pass-through. */
export type MadeWrapper = {
    replacement: Wrappable;
    /** From now on the replacement calls (or constructs) the original directly. */
    bypass: () => void;
};
/** Makes autowrapt's layer around `original` (the `wrap` or `wrapFunction` kind). */
export type MakeWrapper = (original: Wrappable, name: PropertyKey) => MadeWrapper | undefined;
/** One autowrapt layer installed on `holder[name]`. */
export type Layer = {
    holder: object;
    name: PropertyKey;
    /** Whether our layer is still what the property holds (nothing on top). */
    isOnTop: () => boolean;
    /** Whether the property was put back to what it held before we wrapped it. */
    isGone: () => boolean;
    /** Puts back what the property held before; true when it did. */
    restore: () => boolean;
    /** Leaves the layer in place as a pass-through (it sits under another tool's). */
    bypass: () => void;
};
/** Records a function autowrapt made, for isWrapped. */
export declare function markOurs(fn: Wrappable): void;
/** Whether `fn` is a wrapper made by autowrapt (any holder, any property). */
export declare function isOurs(fn: unknown): boolean;
export declare function addLayer(layer: Layer): void;
/**
 * autowrapt's live layer on `holder[name]`, wherever it sits among other
 * tools' layers. A layer whose property was put back to its original by
 * someone else is forgotten here.
 */
export declare function findLayer(holder: object, name: PropertyKey): Layer | undefined;
export declare function forgetLayer(layer: Layer): void;
