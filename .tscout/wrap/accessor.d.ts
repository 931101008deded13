import type { FoundProperty } from './define.js';
import type { MakeWrapper } from './layers.js';
import type { Wrappable } from './types.js';
export declare function wrapAccessor(holder: object, name: PropertyKey, found: FoundProperty, make: MakeWrapper): Wrappable | undefined;
