import { type Namespace } from '../core/esm-instance.js';
import type { Registry } from '../core/registry.js';
import type { Target } from '../core/targets.js';
import type { ModuleInfo } from '../types.js';
export declare function fireOnImportedEsm(registry: Registry, target: Target, url: string, namespace: Namespace, info: ModuleInfo, late: boolean): void;
