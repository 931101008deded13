import type { MakeWrapper } from './layers.js';
import type { Wrappable } from './types.js';
/** Wraps `holder[name]`; see `wrap` in wrap.ts for the contract. */
export declare function wrapProperty(holder: unknown, name: PropertyKey, make: MakeWrapper): Wrappable | undefined;
/** Unwraps `holder[name]`; see `unwrap` in wrap.ts for the contract. */
export declare function unwrapProperty(holder: unknown, name: PropertyKey): boolean;
