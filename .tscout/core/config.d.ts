export type Config = {
    /** Names from AUTOWRAPT_BOOTSTRAP: trimmed, non-empty, de-duplicated, in order. */
    readonly bootstrap: readonly string[];
    /** AUTOWRAPT_STRICT=1: hook errors propagate to the importer, as in wrapt. */
    readonly strict: boolean;
    /** AUTOWRAPT_DISABLE entries: `<package>`, `<package>:<target>` or `<target>`. */
    readonly disable: readonly string[];
    /** AUTOWRAPT_REPORT: undefined (off), 'stderr' (for 1, true, yes, on, stderr) or a file path for JSON lines. */
    readonly report: string | undefined;
    /**
     * AUTOWRAPT_ESM: unset, empty or any "on" spelling hooks ES modules; `0`,
     * `false`, `no` or `off` leaves them alone, so a CommonJS process on a Node
     * without usable sync hooks starts no loader thread (see the README).
     */
    readonly esm: boolean;
    /**
     * On a Node without usable sync hooks, the loader thread starts at bootstrap,
     * unless AUTOWRAPT_ESM=deferred: then a process whose entry point is
     * CommonJS starts it before the first module that may load ESM
     * (esm/deferred-start.ts). Opt-in, because it can miss an import() no
     * source shows (README, Limitations).
     */
    readonly esmThreadAtOnce: boolean;
};
type Env = Record<string, string | undefined>;
/** Splits a comma-separated list, trimming names and dropping empties and duplicates. */
export declare function parseNameList(value: string | undefined): string[];
export declare function parseConfig(env?: Env): Config;
export {};
