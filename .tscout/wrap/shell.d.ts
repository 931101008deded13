import type { MadeWrapper } from './layers.js';
import type { Wrappable } from './types.js';
/**
 * Wraps `replacement` in a shell that looks like `original` (name, length,
 * own properties, `prototype`, [[Prototype]]), carries the properties the
 * factory set on `replacement`, and has `replacement`'s constructibility.
 */
export declare function createShell(original: Wrappable, replacement: Wrappable, constructible: boolean): MadeWrapper;
