import type { TracingSpec } from '../core/tracing-spec.js';
export declare function mayBeEsm(spec: TracingSpec, bases?: readonly string[]): boolean;
