/** Whether import-in-the-middle must see this resolution; `included` is its include predicate. */
export declare function resolveNeedsIitm(specifier: string, parentURL: string | undefined, resolvedUrl: string, included: () => boolean): boolean;
/** Tracks whether import-in-the-middle has cycle bindings to add to modules it alone knows. */
export declare function createCycleBindingsWatch(): {
    /** Called with each wrapper import-in-the-middle builds; true when this one announces the first bindings. */
    sawWrapper(source: unknown): boolean;
    /** Whether every load must now go through import-in-the-middle. */
    readonly announced: boolean;
};
