type ResolveContext = {
    parentURL?: string;
    conditions?: readonly string[];
};
export type LoadResult = {
    format?: string | null;
    source?: unknown;
};
export type CjsRequireGuardOptions = {
    /** Whether a module URL belongs to a hook target (its package, or a file target). */
    isTarget: (url: string) => boolean;
    /** A target such a require() resolved to (application thread: hand it to the CommonJS side). */
    onRequired?: (url: string) => void;
    /** A target that will load where no hook can see it. */
    onUnhookable: (url: string, parentURL: string) => void;
};
export declare function createCjsRequireGuard(options?: CjsRequireGuardOptions): {
    /** Whether this resolution is a require() inside a CommonJS module the ESM loader evaluates. */
    isRequireInCommonJs(specifier: string, context: ResolveContext): boolean;
    /** Remembers a target such a require() resolved to; returns the resolution unchanged. */
    required<T extends {
        url: string;
    }>(result: T, parentURL: string): T;
    /** Called with every load result: remembers the CommonJS ones, and reports unhookable targets. */
    loaded<T extends LoadResult>(url: string, result: T): T;
};
/** `pkg` or `@scope/pkg` of a URL inside node_modules. */
export declare function packageOfUrl(url: string): string | undefined;
export declare function onUnhookable(listener: (url: string, reason: string) => void): void;
/** Warns (AUTOWRAPT_UNHOOKABLE) and tells the subscribers; application thread only. */
export declare function reportUnhookable(warnUnhookable: (message: string) => void, url: string, parentURL: string): void;
export declare function unhookableMessage(url: string, parentURL: string): string;
export {};
