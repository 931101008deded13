/**
 * The module's URL without import-in-the-middle's `iitm` query parameter:
 * another import-in-the-middle loader in the chain (OpenTelemetry's, say) may
 * hand us its wrapper URL where we expect the module's own.
 */
export declare function withoutIitm(url: string): string;
export declare function createLoadTracker(onLoaded?: (url: string) => void): {
    /** Called when the include predicate accepts a module. */
    included(url: string): void;
    /**
     * Called from the load hook for every module; one Set lookup for
     * non-targets. Wrapper modules (with the `iitm` parameter) do not count:
     * only the module's own load does.
     */
    loading(url: string): void;
    wasLoaded(url: string): boolean;
    /** Whether the include predicate accepted this module (by its own URL or a wrapper's). */
    isIncluded(url: string): boolean;
};
/** Whether a URL or specifier carries import-in-the-middle's `iitm` query parameter (a wrapper or its parts). */
export declare function hasIitmParam(url: string): boolean;
