"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wrapAccessor = wrapAccessor;
// Wrapping a property defined by a getter. Turning the accessor into a data
// property would freeze a lazily computed value and drop its setter, so the
// accessor stays an accessor: a new getter returns a wrapped version of
// whatever the original getter returns, made once per underlying function.
const log_js_1 = require("../report/log.js");
const define_js_1 = require("./define.js");
const layers_js_1 = require("./layers.js");
const replacement_js_1 = require("./replacement.js");
function wrapAccessor(holder, name, found, make) {
    const { descriptor, own } = found;
    const originalGet = descriptor.get;
    if (typeof originalGet !== 'function')
        return (0, replacement_js_1.refuse)(name, 'it is an accessor without a getter');
    if (own ? descriptor.configurable !== true : !Reflect.isExtensible(holder)) {
        return (0, replacement_js_1.refuse)(name, own
            ? 'it is a non-configurable accessor, so its getter cannot be replaced'
            : 'it is an inherited accessor and the target is not extensible (frozen or sealed)');
    }
    let current;
    try {
        current = Reflect.get(holder, name);
    }
    catch (error) {
        return (0, replacement_js_1.refuse)(name, `its getter threw ${(0, log_js_1.describeError)(error)}`);
    }
    if (typeof current !== 'function')
        return (0, replacement_js_1.refuse)(name, `its getter returns ${(0, replacement_js_1.describeKind)(current)}, not a function`);
    if ((0, layers_js_1.isOurs)(current))
        return (0, replacement_js_1.refuseDoubleWrap)(name);
    const values = createValueWrapper(name, make);
    const first = values.wrapValue(current);
    if (first === current)
        return undefined; // the factory declined; it has warned
    const get = function get() {
        return values.wrapValue(Reflect.apply(originalGet, this, define_js_1.NO_ARGS));
    };
    const installed = {
        get,
        set: descriptor.set,
        enumerable: descriptor.enumerable,
        configurable: own ? descriptor.configurable : true,
    };
    try {
        if (!Reflect.defineProperty(holder, name, installed))
            return (0, replacement_js_1.refuse)(name, 'the target refused the new getter');
    }
    catch (error) {
        return (0, replacement_js_1.refuse)(name, `redefining the accessor threw ${(0, log_js_1.describeError)(error)}`);
    }
    (0, layers_js_1.addLayer)(accessorLayer(holder, name, descriptor, own, get, values.bypass));
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('wrap', `wrapped accessor ${(0, define_js_1.propertyLabel)(name)}`);
    return first;
}
// Memoised per underlying function, so `obj.fn === obj.fn` still holds and the
// factory runs once per value, not once per read. A value the factory declined
// is remembered too, so a getter read in a loop warns once.
function createValueWrapper(name, make) {
    const made = new WeakMap();
    const produced = new WeakSet();
    const bypasses = [];
    let bypassed = false;
    function wrapValue(value) {
        // A wrapper we made can come back through the setter (`obj.fn = obj.fn`).
        if (bypassed || typeof value !== 'function' || produced.has(value))
            return value;
        let replacement = made.get(value);
        if (replacement === undefined) {
            const wrapper = make(value, name);
            replacement = wrapper?.replacement ?? value;
            made.set(value, replacement);
            if (wrapper !== undefined) {
                produced.add(wrapper.replacement);
                (0, layers_js_1.markOurs)(wrapper.replacement);
                bypasses.push(wrapper.bypass);
            }
        }
        return replacement;
    }
    // Values already handed out become pass-throughs; new reads get the raw value.
    function bypass() {
        bypassed = true;
        for (const each of bypasses)
            each();
    }
    return { wrapValue, bypass };
}
function accessorLayer(holder, name, previous, own, get, bypass) {
    const getterNow = () => Reflect.getOwnPropertyDescriptor(holder, name)?.get;
    return {
        holder,
        name,
        isOnTop: () => getterNow() === get,
        isGone: () => (own ? getterNow() === previous.get : Reflect.getOwnPropertyDescriptor(holder, name) === undefined),
        restore: () => restoreAccessor(holder, name, previous, own),
        bypass,
    };
}
function restoreAccessor(holder, name, previous, own) {
    try {
        const restored = own ? Reflect.defineProperty(holder, name, previous) : Reflect.deleteProperty(holder, name);
        if (restored)
            return true;
        (0, log_js_1.warn)(log_js_1.WarningCode.WrapFailed, `could not restore accessor ${(0, define_js_1.propertyLabel)(name)}: the target refused`);
    }
    catch (error) {
        (0, log_js_1.warn)(log_js_1.WarningCode.WrapFailed, `could not restore accessor ${(0, define_js_1.propertyLabel)(name)}: ${(0, log_js_1.describeError)(error)}`);
    }
    return false;
}
