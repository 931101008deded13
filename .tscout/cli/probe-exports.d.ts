import type { ExportShape } from '../core/hook-export.js';
import { type Result } from '../core/problem.js';
/**
 * The module's shape for each export asked for, or why the file did not load
 * (the runtime's AUTOWRAPT_HOOK_LOAD_FAILED), worded as the runtime words it:
 * `failed to load at hooks/x.js:3:16: Error: ...`.
 */
export type ProbeResult = Result<ReadonlyMap<string | null, ExportShape>>;
/** Loads `file` in a child node, from `cwd` (the package directory), and reports the shape for `exportNames`. */
export declare function probeExports(file: string, exportNames: ReadonlyArray<string | null>, cwd: string, timeoutMs: number): ProbeResult;
