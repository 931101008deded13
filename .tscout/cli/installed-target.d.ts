import type { Target } from '../core/targets.js';
export type TargetMatch = 'matches' | 'skipped-version' | 'not-installed' | 'builtin' | 'invalid-range';
export type InstalledTarget = {
    /** The installed package's version (Node's for a builtin); null when not installed or unversioned. */
    readonly installed: string | null;
    readonly match: TargetMatch;
};
/** What the runtime would decide for this hook, judged from the packages installed under `bases`. */
export declare function installedTarget(target: Target, range: string | undefined, bases: readonly string[]): InstalledTarget;
/** One cell for the listing: `1.2.3 matches`, `5.1.0 skipped-version`, `not installed`, `builtin`. */
export declare function describeInstalled({ installed, match }: InstalledTarget): string;
