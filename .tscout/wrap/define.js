"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_ARGS = exports.MAX_CHAIN = void 0;
exports.isObjectLike = isObjectLike;
exports.propertyLabel = propertyLabel;
exports.findProperty = findProperty;
exports.copyFunctionMetadata = copyFunctionMetadata;
exports.copyOwnProperties = copyOwnProperties;
exports.copyPrototypeProperty = copyPrototypeProperty;
// Property-descriptor plumbing for wrap/unwrap. Holders may be null-prototype
// objects or Proxies (import-in-the-middle namespaces), which have none of
// Object.prototype's methods, so everything here goes through Reflect.
const log_js_1 = require("../report/log.js");
// A chain (prototypes, wrappers) longer than this is a cycle made by a misbehaving Proxy.
exports.MAX_CHAIN = 1000;
/** The arguments of a call with none, shared to allocate nothing per call. */
exports.NO_ARGS = Object.freeze([]);
function isObjectLike(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
}
/** Names a property for messages: `'readFile'`, `Symbol(kHandle)`. */
function propertyLabel(name) {
    return typeof name === 'symbol' ? name.toString() : `'${String(name)}'`;
}
/** Looks the property up like `holder[name]` would, without invoking getters. */
function findProperty(holder, name) {
    let owner = holder;
    for (let depth = 0; owner !== null && depth < exports.MAX_CHAIN; depth++) {
        const descriptor = Reflect.getOwnPropertyDescriptor(owner, name);
        if (descriptor !== undefined)
            return { descriptor, own: owner === holder };
        owner = Reflect.getPrototypeOf(owner);
    }
    return undefined;
}
// Own keys never copied from the original: handled explicitly, owned by the
// engine (sloppy-mode caller/arguments), or shimmer's markers. A function that
// another tool wrapped with shimmer carries those; copied onto our layer they
// would make OpenTelemetry take our layer for its own and unwrap it.
const NOT_COPIED = new Set(['name', 'length', 'prototype', 'caller', 'arguments', '__wrapped', '__original', '__unwrap']);
/**
 * Makes the replacement look like the original to the code that uses it: name,
 * length, `prototype` (so `new` and `instanceof` keep working), own properties
 * (static methods, `fn.sync = ...` attachments; a snapshot taken now) and the
 * [[Prototype]] (inherited statics; `AsyncFunction` for async functions).
 * Keys the replacement already owns are left alone: its author set them.
 */
function copyFunctionMetadata(original, replacement) {
    copyDescriptor(original, replacement, 'name');
    copyDescriptor(original, replacement, 'length');
    copyPrototypeProperty(original, replacement);
    copyOwnProperties(original, replacement);
    const parent = Reflect.getPrototypeOf(original);
    if (parent !== Reflect.getPrototypeOf(replacement))
        trySetPrototypeOf(replacement, parent);
}
/** Copies `from`'s own properties (other than the ones above) that `to` does not own yet. */
function copyOwnProperties(from, to) {
    for (const key of Reflect.ownKeys(from)) {
        if (NOT_COPIED.has(key) || Reflect.getOwnPropertyDescriptor(to, key) !== undefined)
            continue;
        copyDescriptor(from, to, key);
    }
}
function copyDescriptor(from, to, key) {
    const descriptor = Reflect.getOwnPropertyDescriptor(from, key);
    if (descriptor === undefined)
        return;
    if (!tryDefine(to, key, descriptor) && log_js_1.debugEnabled) {
        (0, log_js_1.debug)('wrap', `could not copy ${propertyLabel(key)} onto the wrapper; it keeps its own`);
    }
}
// A plain `function` replacement owns a writable, non-configurable `prototype`:
// only its value may change, so define the value alone when it exists.
function copyPrototypeProperty(original, replacement) {
    const descriptor = Reflect.getOwnPropertyDescriptor(original, 'prototype');
    if (descriptor === undefined)
        return;
    const existing = Reflect.getOwnPropertyDescriptor(replacement, 'prototype');
    const ok = existing === undefined
        ? tryDefine(replacement, 'prototype', descriptor)
        : tryDefine(replacement, 'prototype', { value: descriptor.value });
    if (!ok && log_js_1.debugEnabled) {
        (0, log_js_1.debug)('wrap', 'could not give the wrapper the original prototype (is the wrapper a class?)');
    }
}
function tryDefine(holder, key, descriptor) {
    try {
        return Reflect.defineProperty(holder, key, descriptor);
    }
    catch {
        return false;
    }
}
function trySetPrototypeOf(holder, parent) {
    try {
        Reflect.setPrototypeOf(holder, parent);
    }
    catch {
        // A Proxy replacement may refuse; it keeps Function.prototype then.
    }
}
