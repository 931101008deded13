export type DisableRule = 
/** A bare name: a patch package or a target, whichever it matches. */
{
    readonly kind: 'name';
    readonly name: string;
    readonly target: string;
} | {
    readonly kind: 'package-target';
    readonly packageName: string;
    readonly target: string;
} | {
    readonly kind: 'target';
    readonly target: string;
};
export declare function parseDisableRule(entry: string): DisableRule;
export type DisableMatcher = {
    /** Whether the declared hook of `packageName` on `target` is turned off. */
    readonly isDisabled: (packageName: string, target: string) => boolean;
    /**
     * The entries that matched none of the declared hooks seen so far, each with
     * the closest spelling among `declared` (`[packageName, target]` pairs).
     */
    readonly unmatched: (declared: ReadonlyArray<readonly [string, string]>) => Array<{
        entry: string;
        suggestion: string | undefined;
    }>;
};
/** Builds the matcher for the AUTOWRAPT_DISABLE entries. */
export declare function createDisableMatcher(entries: readonly string[]): DisableMatcher;
