/** The candidate nearest to `name` (case-insensitive), if it is close enough to be a typo of it. */
export declare function closest(name: string, candidates: readonly string[]): string | undefined;
