export type Namespace = Record<string, unknown>;
export type EsmInstance = {
    /** The registry key of this module instance. */
    readonly key: object;
    /** What require() callers hold when require(esm) came before any import. */
    view?: Namespace;
    /** Node's real namespace behind `view`. */
    real?: object;
    /** import-in-the-middle's namespace of the wrapper, once the module was imported. */
    wrapper?: Namespace;
};
/** The instance of the ES module at `url` (a `file:` URL without query). */
export declare function esmInstance(url: string): EsmInstance;
/**
 * A mutable, module-like view over `source`: each export reads `source` live
 * (so `export let` keeps working) until it is assigned, which turns it into a
 * plain value. Configurable accessors, so the wrapping toolkit can wrap them.
 */
export declare function createLiveView(source: object, moduleLike?: boolean): Namespace;
/**
 * The module was imported after a require(esm) view was patched: write what
 * the hook changed into the wrapper, then make the view read and write the
 * wrapper, so require() and import callers share one set of bindings.
 */
export declare function bindViewToWrapper(view: Namespace, real: object, wrapper: Namespace): void;
