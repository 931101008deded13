import { type Config } from './config.js';
import { type DisableMatcher } from './disable.js';
import { type Registry } from './registry.js';
import type { TracingRecord } from './tracing-records.js';
/** Bumped whenever the record's shape changes in a way an older copy would misread. */
export declare const STATE_FORMAT = 1;
export type State = {
    /** Shape of this record (STATE_FORMAT of the copy that created it). */
    readonly format: number;
    /** package.json version of the copy that created it. */
    readonly version: string;
    readonly registry: Registry;
    bootstrapped: boolean;
    /** Adapters already installed ('builtin', 'cjs', 'esm'), and 'wired' once src/adapters.ts has subscribed to the registry. */
    readonly adapters: Set<string>;
    readonly config: Config;
    readonly disable: DisableMatcher;
    /** Declared tracing entries, in discovery order (src/tracing/ applies them). */
    readonly tracing: TracingRecord[];
    /** Take in tracing outcomes recorded elsewhere (the loader thread) before reading `tracing`. */
    readonly refreshTracing: Array<() => void>;
};
/** Whether a record published by another copy can be shared by this one. */
export declare function isCompatible(record: {
    format?: unknown;
    version?: unknown;
}, format: number, version: string): boolean;
export declare function getState(): State;
