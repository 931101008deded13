import { type Result } from '../core/problem.js';
import { CheckCode } from './problems.js';
/** The files npm would pack from the package at `dir`, relative to it, or why npm could not say. */
export declare function packedFiles(dir: string, timeoutMs: number): Result<ReadonlySet<string>, CheckCode>;
