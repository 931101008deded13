import type { WarningCode } from '../report/log.js';
export type Problem<Code extends string = WarningCode> = {
    /** The warning code the runtime emits for it (`autowrapt check` adds a few of its own). */
    readonly code: Code;
    readonly message: string;
    /** Where in package.json: `autowrapt.hooks.pg`, `name`; null when the problem is in no package.json (a bootstrap name). */
    readonly jsonPath: string | null;
};
export type Failure<Code extends string = WarningCode> = {
    readonly ok: false;
    readonly problem: Problem<Code>;
};
export type Result<T, Code extends string = WarningCode> = {
    readonly ok: true;
    readonly value: T;
} | Failure<Code>;
export declare function ok<T>(value: T): {
    readonly ok: true;
    readonly value: T;
};
export declare function fail<Code extends string>(code: Code, message: string, jsonPath?: string | null): Failure<Code>;
