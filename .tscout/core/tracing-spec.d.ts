import type { Problem } from './problem.js';
export type TracingKind = 'Sync' | 'Async' | 'Callback' | 'Auto';
/** The function query, as code-transformer takes it (only JSON-expressible fields). */
export type FunctionQuery = {
    readonly functionName?: string;
    readonly expressionName?: string;
    readonly className?: string;
    readonly methodName?: string;
    readonly privateMethodName?: string;
    readonly kind?: TracingKind;
    readonly index?: number | null;
    readonly callbackIndex?: number;
    readonly isExportAlias?: boolean;
};
export type TracingSpec = {
    /** Package whose file is transformed (code-transformer's `module.name`). */
    readonly moduleName: string;
    /** Semver range of that package (`module.versionRange`, or autowrapt's `module.versions`). */
    readonly versionRange: string | undefined;
    /** File inside the package, relative to its root, normalised (no leading `./`). */
    readonly filePath: string;
    /** As written; the published channel is `orchestrion:<moduleName>:<channelName>`. */
    readonly channelName: string;
    readonly functionQuery: FunctionQuery;
    readonly astQuery: string | undefined;
    readonly group: string | undefined;
    readonly jsonPath: string;
};
export declare const CHANNEL_NAME: RegExp;
/** The diagnostics_channel name transformed code publishes to (code-transformer's convention). */
export declare function channelOf(spec: {
    moduleName: string;
    channelName: string;
}): string;
/** How an entry is named in messages: `yaml/dist/index.js parse (Sync) -> orchestrion:yaml:parse`. */
export declare function describeQuery(spec: TracingSpec): string;
export declare function describeEntry(spec: TracingSpec): string;
/** Reads a `tracing` list. Invalid entries are left out, each with a problem; the rest stand. */
export declare function readTracingList(value: unknown, jsonPath: string, group: string | undefined, problems: Problem[]): TracingSpec[];
