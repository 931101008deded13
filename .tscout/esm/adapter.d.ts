import type { Registry } from '../core/registry.js';
export declare function installEsmAdapter(registry: Registry): void;
