import type { IitmHook, Namespace } from './subscription.js';
/** The loader hands over the hook that feeds the adapter (the same one it gives its own copy). */
export declare function setForeignHook(hook: IitmHook): void;
/** Subscribes to the copy whose lib/register.js is at `registerUrl`, once. */
export declare function subscribeToForeignCopy(registerUrl: string): void;
/**
 * Tells the other copies' subscribers about a target module that autowrapt's
 * own wrapper loaded. Their writes go through autowrapt's namespace, so every
 * importer sees them.
 */
export declare function forwardToForeignCopies(url: string, namespace: Namespace, specifier: string | undefined, ownRegisterFile: string): void;
