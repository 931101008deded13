import type { Target } from '../core/targets.js';
export type MatcherData = {
    specifiers: string[];
    files: string[];
};
export declare function matcherDataFor(targets: readonly Target[]): MatcherData;
export declare function createMatcher(initial: MatcherData): {
    add(data: MatcherData): void;
    /** `import 'pkg'` (or a deep specifier naming a target), or a target file reached by any path. */
    shouldInclude(url: string, specifier: string): boolean;
    /** The target names a module matches, for the application-thread callback. */
    matches(url: string, specifier: string | undefined): string[];
};
