import type { TracingDeclaration } from '../core/discovery.js';
import type { Manifest } from '../core/manifest.js';
import { type TracingSpec } from '../core/tracing-spec.js';
import { type CliProblem } from './problems.js';
export type ListedTracing = {
    package: string;
    group: string | null;
    module: string;
    filePath: string;
    versionRange: string | null;
    query: string;
    channel: string;
    /** The version of `module` installed where the CLI looked, or null. */
    installed: string | null;
    /** Whether `filePath` exists in that installed package. */
    fileExists: boolean | null;
};
export declare function listTracing({ pkg, spec }: TracingDeclaration, bases: readonly string[]): ListedTracing;
/** Every tracing entry of a manifest: `tracing`, then each group's. */
export declare function allTracingSpecs(manifest: Manifest): TracingSpec[];
/** Checks each entry against the package installed from `dir`; returns problems and notes. */
export declare function checkTracing(specs: readonly TracingSpec[], dir: string): {
    problems: CliProblem[];
    notes: string[];
};
