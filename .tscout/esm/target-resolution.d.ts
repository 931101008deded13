import type { IitmLoaderHooks } from 'import-in-the-middle/create-hook.mjs';
import type { createLoadTracker } from './load-tracker.js';
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
export declare function resolveThroughIitm(iitm: IitmLoaderHooks, tracker: ReturnType<typeof createLoadTracker>, specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<ResolveResult>;
export {};
