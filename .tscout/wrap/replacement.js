"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refuse = refuse;
exports.refuseDoubleWrap = refuseDoubleWrap;
exports.describeKind = describeKind;
exports.createShimmerStyleWrapper = createShimmerStyleWrapper;
exports.isConstructor = isConstructor;
// Making a replacement from a wrapper factory, and the warnings for every way
// that can be refused. wrap() runs inside the host application, so a problem
// with the target warns and leaves the property as it was: it never throws.
const log_js_1 = require("../report/log.js");
const define_js_1 = require("./define.js");
const shell_js_1 = require("./shell.js");
/** Warns that `name` was left unwrapped, and why; returns undefined like shimmer. */
function refuse(name, reason) {
    (0, log_js_1.warn)(log_js_1.WarningCode.WrapFailed, `could not wrap ${(0, define_js_1.propertyLabel)(name)}: ${reason}. It is left unwrapped.`);
    return undefined;
}
// Policy: autowrapt does not stack its own layer on its own layer, so a patch
// applied twice leaves one layer. Another tool's wrapper is never a reason to
// refuse: autowrapt wraps on top of it (autowrapt issue 12).
function refuseDoubleWrap(name) {
    (0, log_js_1.warn)(log_js_1.WarningCode.DoubleWrap, `did not wrap ${(0, define_js_1.propertyLabel)(name)}: autowrapt has already wrapped it. ` + 'Call unwrap() first to replace that wrapper.');
    return undefined;
}
/** Describes a value's kind for messages, without calling into it. */
function describeKind(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'undefined';
    return `a value of type ${typeof value}`;
}
/**
 * The `wrap` layer: calls the factory, dresses its result as the original,
 * and puts it in a shell that can be bypassed. Returns undefined, having
 * warned, when the factory throws or does not return a new function.
 */
function createShimmerStyleWrapper(original, name, wrapper) {
    let replacement;
    try {
        replacement = wrapper(original, name);
    }
    catch (error) {
        return refuse(name, `the wrapper factory threw ${(0, log_js_1.describeError)(error)}`);
    }
    if (typeof replacement !== 'function') {
        return refuse(name, `the wrapper factory returned ${describeKind(replacement)}, not a function`);
    }
    // A factory may decline by returning the original: change nothing.
    if (replacement === original) {
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('wrap', `the wrapper factory for ${(0, define_js_1.propertyLabel)(name)} returned the original; nothing wrapped`);
        return undefined;
    }
    // Only `prototype`, for `new` through the shell: redefining `name` or
    // `length` would put the function in V8's slow dictionary mode, and the
    // shell looks `apply` up on it on every call. The shell carries the rest.
    (0, define_js_1.copyPrototypeProperty)(original, replacement);
    return (0, shell_js_1.createShell)(original, replacement, isConstructor(replacement));
}
// Reflect.construct checks that newTarget is a constructor without running it.
function isConstructor(fn) {
    try {
        Reflect.construct(Object, define_js_1.NO_ARGS, fn);
        return true;
    }
    catch {
        return false;
    }
}
