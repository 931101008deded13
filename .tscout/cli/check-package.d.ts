import { type CliProblem } from './problems.js';
export type CheckResult = {
    name: string | null;
    version: string | null;
    dir: string;
    hooks: number;
    tracing: number;
    hookFiles: number;
    groups: number;
    problems: CliProblem[];
    notes: string[];
};
/** Checks the patch package at `dir` as it would be published. */
export declare function checkPatchPackage(dir: string, timeoutMs: number): CheckResult;
