import type { MatcherData } from './matcher.js';
export type LoaderData = MatcherData & {
    channel: SharedArrayBuffer;
    loadedLog: SharedArrayBuffer;
};
type ResolveContext = {
    parentURL?: string;
    conditions?: readonly string[];
};
type ResolveResult = {
    url: string;
    format?: string | null;
    shortCircuit?: boolean;
};
type NextResolve = (specifier: string, context: object) => Promise<ResolveResult>;
type LoadResult = {
    format?: string;
    source?: unknown;
    shortCircuit?: boolean;
};
type NextLoad = (url: string, context: unknown) => Promise<LoadResult>;
export declare function initialize(data: unknown): Promise<void>;
export declare function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<ResolveResult>;
export declare function load(url: string, context: unknown, nextLoad: NextLoad): Promise<LoadResult>;
export {};
