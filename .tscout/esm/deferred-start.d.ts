/** Whether compiling this CommonJS-loader source may load an ES module. */
export declare function mayLoadEsm(source: string, format: string | undefined): boolean;
/** Whether process flags (execArgv and NODE_OPTIONS) may load ES modules other than through the entry point. */
export declare function flagsMayLoadEsm(args: readonly string[], ownRegisterFile: string): boolean;
/** Whether the entry point is a CommonJS file (then it is compiled through Module.prototype._compile). */
export declare function entryIsCommonJs(entry: string | undefined): boolean;
/**
 * Whether a module loaded before autowrapt's bootstrap (an earlier --require
 * preload, or the application when it requires autowrapt/register itself) may
 * load ESM later: it was compiled before the check below was in place.
 */
export declare function loadedModulesMayLoadEsm(cache: Record<string, unknown>, isOwn: (filename: string) => boolean): boolean;
/**
 * Calls `start` once, just before the first module compiled through
 * Module.prototype._compile that may load ESM. The wrapper stays (another
 * tool may have wrapped it since) and only passes through after that.
 */
export declare function startBeforeFirstEsm(start: (filename: string) => void): void;
