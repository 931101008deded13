"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wrapCallable = exports.wrapFunction = void 0;
exports.wrap = wrap;
exports.unwrap = unwrap;
exports.massWrap = massWrap;
exports.massUnwrap = massUnwrap;
exports.isWrapped = isWrapped;
// The wrapping toolkit's public API (`autowrapt/wrap`). Importing it has no
// side effects. shimmer's signatures; autowrapt's own bookkeeping instead of
// shimmer's markers, so other tools' clean-up never takes our layers for theirs.
const define_js_1 = require("./define.js");
const layers_js_1 = require("./layers.js");
const property_js_1 = require("./property.js");
const replacement_js_1 = require("./replacement.js");
var function_js_1 = require("./function.js");
Object.defineProperty(exports, "wrapFunction", { enumerable: true, get: function () { return function_js_1.wrapFunction; } });
var callable_js_1 = require("./callable.js");
Object.defineProperty(exports, "wrapCallable", { enumerable: true, get: function () { return callable_js_1.wrapCallable; } });
/**
 * Replaces `target[name]` with `wrapper(original, name)`, as shimmer does. The
 * replacement gets the original's name, length, own properties and `prototype`,
 * the property keeps its flags, and an accessor stays an accessor. Another
 * tool's wrapper already there is wrapped like any function. Returns the
 * installed function; when the property cannot be wrapped (missing, not a
 * function, read-only, already wrapped by autowrapt) it warns and returns
 * undefined.
 *
 * @example
 * wrap(fs, 'readFile', (original) => function (this: unknown, ...args: any[]) {
 *   console.log('readFile', args[0])
 *   return original.apply(this, args)
 * })
 */
function wrap(target, name, wrapper) {
    return (0, property_js_1.wrapProperty)(target, name, shimmerStyle(wrapper, name));
}
function shimmerStyle(wrapper, name) {
    if (typeof wrapper !== 'function') {
        throw new TypeError(`autowrapt wrap(): the wrapper for ${(0, define_js_1.propertyLabel)(name)} must be a function (original, name) => replacement`);
    }
    return (original, key) => (0, replacement_js_1.createShimmerStyleWrapper)(original, key, wrapper);
}
/**
 * Removes autowrapt's own layer from `target[name]`, and nothing else. When
 * the property still holds it, the original is put back; when another tool
 * wrapped on top, that tool's wrapper stays and autowrapt's layer beneath it
 * becomes a pass-through. Other tools' wrappers are never removed. Returns
 * whether autowrapt's layer was taken out.
 *
 * @example
 * unwrap(fs, 'readFile')
 */
function unwrap(target, name) {
    return (0, property_js_1.unwrapProperty)(target, name);
}
/**
 * `wrap` for every name on every target; a single target may be passed bare.
 *
 * @example
 * massWrap([http, https], ['request', 'get'], (original) => traced(original))
 */
function massWrap(targets, names, wrapper) {
    const results = [];
    for (const target of listTargets(targets, names, 'massWrap')) {
        for (const name of names)
            results.push((0, property_js_1.wrapProperty)(target, name, shimmerStyle(wrapper, name)));
    }
    return results;
}
/**
 * `unwrap` for every name on every target.
 *
 * @example
 * massUnwrap([http, https], ['request', 'get'])
 */
function massUnwrap(targets, names) {
    const results = [];
    for (const target of listTargets(targets, names, 'massUnwrap')) {
        for (const name of names)
            results.push((0, property_js_1.unwrapProperty)(target, name));
    }
    return results;
}
// A missing target is the host's state (wrap warns per name); a names list
// that is not an array is a wrong call, so it throws.
function listTargets(targets, names, caller) {
    if (!Array.isArray(names)) {
        throw new TypeError(`autowrapt ${caller}(): names must be an array of property names, e.g. ['get', 'request']`);
    }
    if (Array.isArray(targets))
        return targets;
    return [targets];
}
/**
 * Whether `fn` is a wrapper made by autowrapt. Other tools' wrappers (shimmer,
 * OpenTelemetry) are not: autowrapt wraps on top of those.
 *
 * @example
 * if (!isWrapped(http.request)) wrap(http, 'request', traced)
 */
function isWrapped(fn) {
    return (0, layers_js_1.isOurs)(fn);
}
