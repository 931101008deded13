"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.esmInstance = esmInstance;
exports.createLiveView = createLiveView;
exports.bindViewToWrapper = bindViewToWrapper;
const instances = new Map();
/** The instance of the ES module at `url` (a `file:` URL without query). */
function esmInstance(url) {
    let instance = instances.get(url);
    if (instance === undefined)
        instances.set(url, (instance = { key: {} }));
    return instance;
}
/**
 * A mutable, module-like view over `source`: each export reads `source` live
 * (so `export let` keeps working) until it is assigned, which turns it into a
 * plain value. Configurable accessors, so the wrapping toolkit can wrap them.
 */
function createLiveView(source, moduleLike = true) {
    const view = Object.create(moduleLike ? null : Object.getPrototypeOf(source));
    for (const key of Object.getOwnPropertyNames(source))
        delegate(view, key, source);
    if (moduleLike)
        Object.defineProperty(view, Symbol.toStringTag, { value: 'Module' });
    return view;
}
function delegate(view, key, source) {
    Object.defineProperty(view, key, {
        get: () => source[key],
        set(value) {
            Object.defineProperty(view, key, { value, writable: true, enumerable: true, configurable: true });
        },
        enumerable: true,
        configurable: true,
    });
}
/**
 * The module was imported after a require(esm) view was patched: write what
 * the hook changed into the wrapper, then make the view read and write the
 * wrapper, so require() and import callers share one set of bindings.
 */
function bindViewToWrapper(view, real, wrapper) {
    for (const key of Object.getOwnPropertyNames(view)) {
        let value;
        try {
            value = view[key];
        }
        catch {
            continue; // an export still in its temporal dead zone
        }
        if (value !== real[key] && key in wrapper) {
            try {
                wrapper[key] = value;
            }
            catch {
                // A binding import-in-the-middle cannot set: the wrapper keeps the original.
            }
        }
        Object.defineProperty(view, key, {
            get: () => wrapper[key],
            set(next) {
                wrapper[key] = next;
            },
            enumerable: true,
            configurable: true,
        });
    }
}
