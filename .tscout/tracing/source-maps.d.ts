export declare function enableSourceMaps(): void;
/**
 * Maps the start of each generated line to the original position of its
 * first mapped token. astring maps identifiers and literals but not keywords,
 * so a frame at `throw new Error(...)` would otherwise resolve to the last
 * token of the line before, one original line too early.
 */
export declare function mapLineStarts(map: string): string;
