"use strict";
// A hook may be an async function. Its promise is not a replacement for the
// module's exports (no importer could use a promise in their place), and the
// registry cannot wait for it: module loading is synchronous. So the promise is
// watched: a rejection is reported like a throw instead of crashing the
// application as an unhandled rejection.
Object.defineProperty(exports, "__esModule", { value: true });
exports.watchAsyncResult = watchAsyncResult;
/** The `then` method of a thenable, or undefined (a getter that throws counts as none). */
function thenOf(value) {
    if ((typeof value !== 'object' || value === null) && typeof value !== 'function')
        return undefined;
    try {
        const then = value.then;
        return typeof then === 'function' ? then : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * If `result` is a thenable, subscribes `onRejected` to it and returns true
 * (the caller then ignores the value); otherwise returns false.
 */
function watchAsyncResult(result, onRejected) {
    const then = thenOf(result);
    if (then === undefined)
        return false;
    try {
        Reflect.apply(then, result, [undefined, onRejected]);
    }
    catch (error) {
        onRejected(error);
    }
    return true;
}
