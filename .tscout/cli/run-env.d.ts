export type RunSettings = {
    readonly bootstrap: string | undefined;
    readonly report: boolean;
};
/**
 * Whether NODE_OPTIONS already preloads autowrapt's register entry, by package
 * specifier, path or URL, with --import or --require. A second preload would be
 * harmless (bootstrap is idempotent) but noisy in `ps` and in debugging.
 */
export declare function preloadsRegister(nodeOptions: string, registerPath: string): boolean;
/** NODE_OPTIONS plus `--import <file URL of register.cjs>`; a URL needs no quoting, even with spaces in the path. */
export declare function extendNodeOptions(nodeOptions: string | undefined, registerPath: string): string;
/** The child's environment, or a string saying what is missing. */
export declare function runEnvironment(env: NodeJS.ProcessEnv, settings: RunSettings, registerPath: string): NodeJS.ProcessEnv | string;
