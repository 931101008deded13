export type Channel = 'cjs' | 'esm' | 'builtin' | 'core' | 'wrap' | 'tracing';
export declare const debugEnabled: boolean;
/**
 * Writes one debug line: `AUTOWRAPT <pid> <channel>: <message>`.
 * Callers guard with `if (debugEnabled)` so that nothing is formatted when off.
 */
export declare function debug(channel: Channel, message: string): void;
/** Stable warning codes; documented in the README's "Warnings" table. */
export declare const WarningCode: {
    readonly InvalidName: "AUTOWRAPT_INVALID_NAME";
    readonly UnknownName: "AUTOWRAPT_UNKNOWN_NAME";
    readonly UnknownGroup: "AUTOWRAPT_UNKNOWN_GROUP";
    readonly InvalidConfig: "AUTOWRAPT_INVALID_CONFIG";
    readonly InvalidDisable: "AUTOWRAPT_INVALID_DISABLE";
    readonly UnsafeHookPath: "AUTOWRAPT_UNSAFE_HOOK_PATH";
    readonly HookNotFound: "AUTOWRAPT_HOOK_NOT_FOUND";
    readonly HookLoadFailed: "AUTOWRAPT_HOOK_LOAD_FAILED";
    readonly HookExport: "AUTOWRAPT_HOOK_EXPORT";
    readonly HookFailed: "AUTOWRAPT_HOOK_FAILED";
    readonly AlreadyLoaded: "AUTOWRAPT_ALREADY_LOADED";
    readonly InvalidRange: "AUTOWRAPT_INVALID_RANGE";
    readonly BuiltinReplaced: "AUTOWRAPT_BUILTIN_REPLACED";
    readonly EsmUnavailable: "AUTOWRAPT_ESM_UNAVAILABLE";
    readonly Unhookable: "AUTOWRAPT_UNHOOKABLE";
    readonly AdapterUnavailable: "AUTOWRAPT_ADAPTER_UNAVAILABLE";
    readonly ReportUnwritable: "AUTOWRAPT_REPORT_UNWRITABLE";
    readonly LoaderMisuse: "AUTOWRAPT_LOADER_MISUSE";
    readonly IncompatibleCopy: "AUTOWRAPT_INCOMPATIBLE_COPY";
    readonly WrapFailed: "AUTOWRAPT_WRAP_FAILED";
    readonly DoubleWrap: "AUTOWRAPT_DOUBLE_WRAP";
    readonly EsmCycle: "AUTOWRAPT_ESM_CYCLE";
    readonly ForeignLoader: "AUTOWRAPT_FOREIGN_LOADER";
    readonly InvalidTracing: "AUTOWRAPT_INVALID_TRACING";
    readonly TracingNoMatch: "AUTOWRAPT_TRACING_NO_MATCH";
    readonly TracingFailed: "AUTOWRAPT_TRACING_FAILED";
    readonly InternalError: "AUTOWRAPT_INTERNAL_ERROR";
    readonly WrongEntry: "AUTOWRAPT_WRONG_ENTRY";
};
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];
/** The text of a warning as printed: `autowrapt: ` and the message, on one line. */
export declare function warningText(message: string): string;
/**
 * Emits a one-line process warning with a stable code. `message` is written
 * without the `autowrapt: ` prefix; this function adds it. Never throws: a
 * warning must not be the thing that breaks the host application.
 */
export declare function warn(code: WarningCode, message: string): void;
/**
 * The same warning, written to stderr at once. process.emitWarning prints on a
 * later tick, which never comes inside an `exit` handler: there, this is the
 * only way a warning is seen. It follows Node's format and `--no-warnings`.
 */
export declare function warnNow(code: WarningCode, message: string): void;
/** One-line description of a thrown value, for warnings. */
export declare function describeError(error: unknown): string;
