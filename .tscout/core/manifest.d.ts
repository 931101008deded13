import { type Problem, type Result } from './problem.js';
import { type Target } from './targets.js';
import { type TracingSpec } from './tracing-spec.js';
export type HookSpec = {
    readonly target: Target;
    /** The key as written in package.json. */
    readonly key: string;
    /** Path of the hook file relative to the package root, normalised (no leading `./`). */
    readonly file: string;
    /** Named export holding the hook; undefined means the default export. */
    readonly exportName: string | undefined;
    /** Semver range the target's version must satisfy, if any. */
    readonly versions: string | undefined;
    /** Group the hook belongs to; undefined for `hooks`. */
    readonly group: string | undefined;
    readonly jsonPath: string;
};
export type { Problem } from './problem.js';
export type Manifest = {
    readonly hooks: HookSpec[];
    /** Declarative tracing entries (`autowrapt.tracing`). */
    readonly tracing: TracingSpec[];
    /** Each group's hooks and tracing entries (a group's `"tracing": [...]`). */
    readonly groups: Map<string, HookSpec[]>;
    readonly groupTracing: Map<string, TracingSpec[]>;
    readonly problems: Problem[];
};
/** What AUTOWRAPT_BOOTSTRAP can spell after `pkg:` (see discovery.ts). */
export declare const GROUP_NAME: RegExp;
/** How a hook is named in messages: `hooks/pg.js#patchPg`, or just the file for a default export. */
export declare function hookRef(hook: {
    readonly file: string;
    readonly exportName: string | undefined;
}): string;
/** `parent.key`, or `parent["key"]` when the key is not an identifier. */
export declare function keyPath(parent: string, key: string): string;
/** Whether JSON path `inner` is `outer` or lies inside it (`outer.x`, `outer["x"]`); null is in no path. */
export declare function isWithinPath(outer: string, inner: string | null): boolean;
/**
 * Checks that a hook path names a file inside its own package: relative, no
 * `..` escape, no absolute path, no URL. Returns the normalised path, or the
 * problem (AUTOWRAPT_UNSAFE_HOOK_PATH for an escape) with no JSON path yet.
 */
export declare function checkHookPath(path: string): Result<string>;
/** Reads an `autowrapt` field. `field` is whatever package.json holds under that key. */
export declare function readManifest(field: unknown): Manifest;
