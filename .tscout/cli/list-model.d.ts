import type { Problem } from '../core/problem.js';
import type { Target } from '../core/targets.js';
import { type TargetMatch } from './installed-target.js';
import { type ListedTracing } from './tracing-entries.js';
export type ListedPackage = {
    name: string;
    version: string | null;
    dir: string;
    groups: string[];
};
export type ListedHook = {
    target: string;
    targetKind: Target['kind'];
    package: string;
    group: string | null;
    file: string;
    export: string | null;
    path: string;
    versions: string | null;
    /** The target's installed version where the command runs (Node's for a builtin), and whether the range admits it. */
    installed: string | null;
    match: TargetMatch;
};
export type ListedName = {
    name: string;
    kind: 'package' | 'package-group' | 'group' | 'invalid';
    packages: ListedPackage[];
    hooks: ListedHook[];
    tracing: ListedTracing[];
    problems: Problem[];
};
/** Resolves one bootstrap name the way the runtime would, and validates what it finds. */
export declare function listName(name: string, bases: readonly string[]): ListedName;
