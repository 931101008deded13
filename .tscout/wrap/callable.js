"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wrapCallable = wrapCallable;
// Wrapping a module whose exports is itself the function: pino, express(),
// debug, got's default export. There is no property to wrap in place, so the
// hook returns a replacement (which autowrapt installs as module.exports or as
// the default export). The replacement must keep what the module hangs on the
// function (`pino.destination`, `express.Router`), its self-references
// (`pino.default === pino`, `pino.pino === pino`) and `new`.
const define_js_1 = require("./define.js");
const function_js_1 = require("./function.js");
const log_js_1 = require("../report/log.js");
// The label wrapFunction's own warnings use for the callable exports.
const EXPORTS_KEY = 'module.exports';
/**
 * Wraps a callable module: `fn` itself (a CommonJS `module.exports` function),
 * or, given a module namespace or an object whose `default` is the function,
 * every export that is that function (`default`, and `pino` on pino's ESM face).
 * `wrapper` is `wrapFunction`'s `(wrapped, thisArg, args, newTarget) => result`.
 *
 * Returns what the hook should return: the wrapper function for a function,
 * the same exports object (patched in place) for an object. The wrapper keeps
 * the original's name, length, properties and statics, properties that point
 * back at the original point at the wrapper, and `new` constructs the original.
 * When it cannot wrap (already wrapped, no callable default), it warns and
 * returns its argument unchanged.
 *
 * @example
 * // hooks/pino.js: counts the loggers the application creates
 * exports.patchPino = (pino) => wrapCallable(pino, (wrapped, thisArg, args) => {
 *   created++
 *   return Reflect.apply(wrapped, thisArg, args)
 * })
 */
function wrapCallable(exports, wrapper, options) {
    if (typeof exports === 'function')
        return wrapFunctionExports(exports, wrapper, options);
    if (!(0, define_js_1.isObjectLike)(exports)) {
        throw new TypeError('autowrapt wrapCallable(): pass the module exports: a function, or an object whose default export is one');
    }
    let original;
    try {
        original = Reflect.get(exports, 'default');
    }
    catch {
        original = undefined;
    }
    if (typeof original !== 'function') {
        (0, log_js_1.warn)(log_js_1.WarningCode.WrapFailed, `cannot wrap the callable exports: neither the exports nor their default export is a function; left unwrapped`);
        return exports;
    }
    const replacement = wrapFunctionExports(original, wrapper, options);
    if (replacement === original)
        return exports;
    for (const key of Reflect.ownKeys(exports)) {
        if (readOr(exports, key) === original)
            rebind(exports, key, replacement);
    }
    return exports;
}
function wrapFunctionExports(original, wrapper, options) {
    const holder = { [EXPORTS_KEY]: original };
    const replacement = (0, function_js_1.wrapFunction)(holder, EXPORTS_KEY, wrapper, options);
    if (replacement === undefined)
        return original;
    // wrapFunction copied the original's own properties; the ones that named the
    // original itself (`.default`, `.pino`) must name the replacement, or code
    // reaching the function through them would bypass the wrapper.
    for (const key of Reflect.ownKeys(replacement)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(replacement, key);
        if (descriptor !== undefined && 'value' in descriptor && descriptor.value === original) {
            Reflect.defineProperty(replacement, key, { ...descriptor, value: replacement });
        }
    }
    return replacement;
}
function readOr(target, key) {
    try {
        return Reflect.get(target, key);
    }
    catch {
        return undefined;
    }
}
// An ESM namespace from import-in-the-middle rebinds an export on assignment;
// a plain object may hold a non-writable property, which define can still change.
function rebind(target, key, value) {
    try {
        if (Reflect.set(target, key, value))
            return;
        const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
        if (descriptor !== undefined && descriptor.configurable === true)
            Reflect.defineProperty(target, key, { ...descriptor, value });
    }
    catch {
        // A frozen exports object keeps its original here; the default export is still replaced by returning it.
    }
}
