import { type HookSpec } from './manifest.js';
import { type Problem, type Result } from './problem.js';
import type { TracingSpec } from './tracing-spec.js';
export type BootstrapName = {
    kind: 'package';
    packageName: string;
} | {
    kind: 'package-group';
    packageName: string;
    group: string;
} | {
    kind: 'group';
    group: string;
};
export type PatchPackage = {
    readonly name: string;
    readonly dir: string;
    readonly version: string | undefined;
};
export type Declaration = {
    readonly pkg: PatchPackage;
    readonly spec: HookSpec;
};
export type TracingDeclaration = {
    readonly pkg: PatchPackage;
    readonly spec: TracingSpec;
};
export type Discovery = {
    readonly name: string;
    readonly packages: PatchPackage[];
    readonly declarations: Declaration[];
    readonly tracing: TracingDeclaration[];
    readonly problems: Problem[];
};
/** Classifies a bootstrap name, or says (AUTOWRAPT_INVALID_NAME) why it is refused (paths, URLs, junk). */
export declare function parseBootstrapName(name: string): Result<BootstrapName>;
/** Where patch packages are resolved from: the working directory, then the main script's directory. */
export declare function defaultBases(): string[];
/**
 * Resolves one bootstrap name to hook declarations without registering or
 * loading anything. Used by bootstrap and by `autowrapt list`.
 */
export declare function resolveBootstrapName(name: string, bases?: readonly string[]): Discovery;
