export type Namespace = Record<string, unknown>;
/** One wrapped module, as the adapter receives it. */
export type ImportedModule = {
    readonly url: string;
    readonly namespace: Namespace;
    readonly specifier: string | undefined;
    readonly format: string | undefined;
    /** Loaded before autowrapt's hooks saw it (imported before bootstrap, or before its hook was registered). */
    readonly late: boolean;
    /** Wrapped by autowrapt's own import-in-the-middle copy (else by another copy, see foreign-copies.ts). */
    readonly ownCopy: boolean;
};
export type OnImported = (module: ImportedModule) => void;
export type IitmHook = (url: string, namespace: Namespace, specifier?: string, format?: string) => void;
/** lib/register.js of autowrapt's own copy: its wrappers import it, and it holds the subscribers. */
export declare function ownRegisterFile(): string;
/**
 * Subscribes to autowrapt's own import-in-the-middle copy, and readies the
 * subscription to other copies (made when one of their wrappers shows up).
 */
export declare function subscribeToIitm(isLate: (url: string) => boolean, onImported: OnImported): void;
export declare function createIitmHook(isLate: (url: string) => boolean, onImported: OnImported, ownCopy?: boolean): IitmHook;
