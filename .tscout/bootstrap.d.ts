import type { State } from './core/state.js';
export type DiscoverySummary = {
    readonly name: string;
    readonly packages: ReadonlyArray<{
        name: string;
        dir: string;
        version: string | undefined;
    }>;
    readonly hooks: number;
    /** Declarative tracing entries found (see tracingStatus() for what became of them). */
    readonly tracing: number;
    readonly problems: readonly string[];
};
/** Resolves one name, warns about each problem, and registers its hooks (except disabled ones). */
export declare function discoverInto(state: State, name: string, bases?: readonly string[]): DiscoverySummary;
export declare function bootstrap(): void;
