import type { Registry } from '../core/registry.js';
export declare function installBuiltinAdapter(registry: Registry): void;
