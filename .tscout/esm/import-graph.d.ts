export type ResolveRequest = {
    specifier: string;
    context: {
        parentURL: string;
        importAttributes: Record<string, string>;
        conditions?: readonly string[];
    };
};
type Resolution = {
    url: string;
    format?: string | null | undefined;
} | undefined;
/** The URLs a module statically imports, transitively (ESM only: require() never gets a wrapper). */
export declare function staticClosure(root: string, conditions: readonly string[] | undefined, within: string | null): Generator<ResolveRequest, Set<string>, Resolution>;
export declare function runSync<T>(gen: Generator<ResolveRequest, T, Resolution>, resolve: (request: ResolveRequest) => Resolution): T;
export declare function runAsync<T>(gen: Generator<ResolveRequest, T, Resolution>, resolve: (request: ResolveRequest) => Promise<Resolution>): Promise<T>;
export declare function createCycleGuard(warn: (message: string) => void): {
    /** The target module whose wrapper this resolution hands out, when the importer is a plain module. */
    wrappedTarget(parentURL: string | undefined, url: string): string | undefined;
    /** The walk still to run before `inCycle` can answer, if any (the caller drives it with Node's resolver). */
    pendingWalk(target: string, importer: string, conditions: readonly string[] | undefined): {
        walk: Generator<ResolveRequest, Set<string>, Resolution>;
        done: (closure: Set<string>) => Map<string, Set<string>>;
    } | undefined;
    /** Whether the importer is one of the target's own dependencies and reads it at top level; warns once per target. */
    inCycle(target: string, importer: string, specifier: string): boolean;
};
export {};
