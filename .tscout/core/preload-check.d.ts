/** The modules preloaded by `args` (`--import x`, `--import=x`, `-r x`), in order. */
export declare function preloadedModules(args: readonly string[]): string[];
/** Warns when the main entry, not autowrapt/register, was preloaded with AUTOWRAPT_BOOTSTRAP set. */
export declare function checkMainEntryPreload(env?: NodeJS.ProcessEnv, execArgv?: readonly string[]): void;
