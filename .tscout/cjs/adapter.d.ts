import type { Registry } from '../core/registry.js';
/**
 * `onUnavailable` is told when require-in-the-middle cannot be made at the
 * first require() that needs it; that require() and every later one then load
 * as without autowrapt.
 */
export declare function installCjsAdapter(registry: Registry, onUnavailable?: (error: unknown) => void): void;
