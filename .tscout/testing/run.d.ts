import type { Report, ReportEntry } from '../report/report.js';
import { type ChildWarning } from './output.js';
export type RunWithHooksOptions = {
    /** AUTOWRAPT_BOOTSTRAP: patch package and group names, as a list or comma-separated. */
    readonly bootstrap: string | readonly string[];
    /** The script to run, relative to `cwd`. Give `script` or `code`. */
    readonly script?: string;
    /** Source text to run instead of a script (`node -e`); imports resolve from `cwd`. */
    readonly code?: string;
    /** How `code` is parsed: `'commonjs'` (default) or `'module'`. */
    readonly codeFormat?: 'commonjs' | 'module';
    /** Arguments after the script. */
    readonly args?: readonly string[];
    /** Working directory: patch packages and targets resolve from here. Default: process.cwd(). */
    readonly cwd?: string;
    /** How autowrapt is preloaded: `'import'` (default), `'require'`, or `'none'` for a baseline run. */
    readonly preload?: 'import' | 'require' | 'none';
    /** Environment on top of this process's, minus NODE_OPTIONS and AUTOWRAPT_*; `undefined` deletes a variable. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Further NODE_OPTIONS (after the preload). */
    readonly nodeOptions?: readonly string[];
    /** The node binary. Default: process.execPath. */
    readonly node?: string;
    /** Written to the child's stdin. */
    readonly input?: string;
    /** The child is killed after this long. Default 30 000 ms. */
    readonly timeoutMs?: number;
};
export type RunWithHooksResult = {
    /** Exit code, or null when the child was killed by a signal. */
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly stdout: string;
    readonly stderr: string;
    /** Coded warnings on stderr, in order. */
    readonly warnings: ChildWarning[];
    /** Their codes alone. */
    readonly warningCodes: string[];
    /** One report per process and worker thread that bootstrapped autowrapt (children too), in exit order. */
    readonly reports: Report[];
    /** The report of the process that was started (its main thread), if it bootstrapped. */
    readonly report: Report | undefined;
    /** Report entries for one target (and, optionally, one patch package), across all reports. */
    entries(target: string, patchPackage?: string): ReportEntry[];
};
/**
 * Runs `script` (or `code`) in a child `node` with autowrapt preloaded and
 * AUTOWRAPT_BOOTSTRAP set, and resolves with its exit code, output, coded
 * warnings and report (AUTOWRAPT_REPORT is pointed at a temporary file unless
 * `env` sets it). Never rejects for what the child does; throws for a wrong call.
 *
 * @example
 * const run = await runWithHooks({ script: 'app.js', cwd: fixtureDir, bootstrap: 'acme-patches' })
 * assert.equal(run.code, 0)
 * assert.deepEqual(run.warningCodes, [])
 * assert.equal(run.entries('pg', 'acme-patches')[0]?.outcome, 'fired')
 */
export declare function runWithHooks(options: RunWithHooksOptions): Promise<RunWithHooksResult>;
