"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wrapProperty = wrapProperty;
exports.unwrapProperty = unwrapProperty;
// Wrapping and unwrapping one property. The property keeps its enumerability,
// writability and configurability, so patched modules look unpatched to code
// that inspects them. Other tools' layers are left exactly where they are:
// autowrapt wraps on top of them, and unwrap takes out only its own layer.
const log_js_1 = require("../report/log.js");
const accessor_js_1 = require("./accessor.js");
const define_js_1 = require("./define.js");
const layers_js_1 = require("./layers.js");
const replacement_js_1 = require("./replacement.js");
/** Wraps `holder[name]`; see `wrap` in wrap.ts for the contract. */
function wrapProperty(holder, name, make) {
    if (!(0, define_js_1.isObjectLike)(holder))
        return (0, replacement_js_1.refuse)(name, `the target is ${(0, replacement_js_1.describeKind)(holder)}, not an object`);
    let found;
    try {
        found = (0, define_js_1.findProperty)(holder, name);
    }
    catch (error) {
        return (0, replacement_js_1.refuse)(name, `looking it up threw ${(0, log_js_1.describeError)(error)}`);
    }
    if (found === undefined)
        return (0, replacement_js_1.refuse)(name, 'the target has no such property');
    // Our own layer, even under another tool's: wrapping again would run the patch twice.
    if ((0, layers_js_1.findLayer)(holder, name) !== undefined)
        return (0, replacement_js_1.refuseDoubleWrap)(name);
    if (!('value' in found.descriptor))
        return (0, accessor_js_1.wrapAccessor)(holder, name, found, make);
    return wrapDataProperty(holder, name, found, make);
}
function wrapDataProperty(holder, name, found, make) {
    const { descriptor, own } = found;
    if (own && descriptor.configurable !== true && descriptor.writable !== true) {
        return (0, replacement_js_1.refuse)(name, 'it is read-only (non-configurable and non-writable, e.g. on a frozen object)');
    }
    if (!own && !Reflect.isExtensible(holder)) {
        return (0, replacement_js_1.refuse)(name, 'it is inherited and the target is not extensible (frozen or sealed)');
    }
    // Read through the holder, not descriptor.value: a namespace Proxy's get
    // trap is the truth for the live binding.
    let current;
    try {
        current = Reflect.get(holder, name);
    }
    catch (error) {
        return (0, replacement_js_1.refuse)(name, `reading it threw ${(0, log_js_1.describeError)(error)}`);
    }
    if (typeof current !== 'function')
        return (0, replacement_js_1.refuse)(name, `it is ${(0, replacement_js_1.describeKind)(current)}, not a function`);
    // A copy of one of our wrappers (the same function reached another way).
    if ((0, layers_js_1.isOurs)(current))
        return (0, replacement_js_1.refuseDoubleWrap)(name);
    const original = current;
    const made = make(original, name);
    if (made === undefined)
        return undefined;
    const { replacement } = made;
    const installed = {
        value: replacement,
        writable: descriptor.writable,
        enumerable: descriptor.enumerable,
        // Our own shadow of an inherited property must stay deletable to unwrap.
        configurable: own ? descriptor.configurable : true,
    };
    if (!install(holder, name, installed))
        return undefined;
    (0, layers_js_1.markOurs)(replacement);
    (0, layers_js_1.addLayer)(dataLayer(holder, name, original, made, own));
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('wrap', `wrapped ${(0, define_js_1.propertyLabel)(name)}`);
    return replacement;
}
function dataLayer(holder, name, original, made, own) {
    const holds = (value) => {
        const now = Reflect.getOwnPropertyDescriptor(holder, name);
        return now !== undefined && 'value' in now && Reflect.get(holder, name) === value;
    };
    return {
        holder,
        name,
        isOnTop: () => holds(made.replacement),
        isGone: () => Reflect.get(holder, name) === original,
        restore: () => restoreData(holder, name, original, own),
        bypass: made.bypass,
    };
}
function install(holder, name, descriptor) {
    try {
        if (!Reflect.defineProperty(holder, name, descriptor)) {
            (0, replacement_js_1.refuse)(name, 'the target refused the new definition');
            return false;
        }
    }
    catch (error) {
        (0, replacement_js_1.refuse)(name, `defining it threw ${(0, log_js_1.describeError)(error)}`);
        return false;
    }
    // A Proxy can report success and keep the old value (import-in-the-middle
    // does for names it does not export); say so rather than return a dud.
    if (Reflect.get(holder, name) !== descriptor.value) {
        (0, replacement_js_1.refuse)(name, 'the new value did not take effect (a Proxy target ignored it)');
        return false;
    }
    return true;
}
function restoreData(holder, name, original, own) {
    const now = Reflect.getOwnPropertyDescriptor(holder, name);
    if (now === undefined)
        return false;
    if (!own && Reflect.deleteProperty(holder, name))
        return true;
    // Current flags, not the ones seen at wrap time: someone may have sealed it since.
    const restored = { value: original, writable: now.writable, enumerable: now.enumerable, configurable: now.configurable };
    if (Reflect.defineProperty(holder, name, restored))
        return true;
    (0, log_js_1.warn)(log_js_1.WarningCode.WrapFailed, `could not restore ${(0, define_js_1.propertyLabel)(name)}: the target refused`);
    return false;
}
/** Unwraps `holder[name]`; see `unwrap` in wrap.ts for the contract. */
function unwrapProperty(holder, name) {
    const label = (0, define_js_1.propertyLabel)(name);
    if (!(0, define_js_1.isObjectLike)(holder)) {
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('wrap', `unwrap ${label}: the holder is ${(0, replacement_js_1.describeKind)(holder)}; nothing to do`);
        return false;
    }
    try {
        const layer = (0, layers_js_1.findLayer)(holder, name);
        if (layer === undefined) {
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('wrap', `unwrap ${label}: autowrapt has not wrapped it; nothing to do (other tools' wrappers are theirs to remove)`);
            return false;
        }
        (0, layers_js_1.forgetLayer)(layer);
        if (layer.isOnTop())
            return layer.restore();
        // Another tool wrapped on top and holds a reference to our layer: taking
        // it out would drop theirs, so ours stops doing anything instead.
        layer.bypass();
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('wrap', `unwrap ${label}: another wrapper sits on top of autowrapt's; autowrapt's layer is now a pass-through and theirs stays`);
        return true;
    }
    catch (error) {
        (0, log_js_1.warn)(log_js_1.WarningCode.WrapFailed, `could not unwrap ${label}: ${(0, log_js_1.describeError)(error)}`);
        return false;
    }
}
