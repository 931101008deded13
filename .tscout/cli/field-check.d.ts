import { type HookSpec } from '../core/manifest.js';
import type { TracingSpec } from '../core/tracing-spec.js';
import type { CliProblem } from './problems.js';
export type FieldCheck = {
    readonly specs: HookSpec[];
    readonly tracing: TracingSpec[];
    readonly groups: number;
    readonly problems: CliProblem[];
};
export declare function checkField(field: unknown): FieldCheck;
