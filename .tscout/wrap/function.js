"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wrapFunction = wrapFunction;
// wrapt's wrap_function_wrapper for JavaScript: one wrapper function sees every
// call (and construction) of the original with its `this` and arguments.
// The call path is the hot path: it allocates only the rest-args array, has no
// try/catch, and checks a boolean switch without calling anything.
const define_js_1 = require("./define.js");
const property_js_1 = require("./property.js");
const replacement_js_1 = require("./replacement.js");
/**
 * Replaces `target[name]` with a function that calls
 * `wrapper(wrapped, thisArg, args, newTarget)` instead of the original.
 * `Reflect.apply(wrapped, thisArg, args)` runs the original, and constructs it
 * when the replacement was called with `new` (then `newTarget` is set and
 * `thisArg` is undefined). Target handling is `wrap`'s; returns the
 * replacement, or undefined after a warning.
 *
 * @example
 * wrapFunction(Client.prototype, 'query', (wrapped, thisArg, args) => {
 *   const started = Date.now()
 *   try { return Reflect.apply(wrapped, thisArg, args) } finally { record(Date.now() - started) }
 * }, { enabled: () => tracing.active })
 */
function wrapFunction(target, name, wrapper, options) {
    const key = name;
    if (typeof wrapper !== 'function') {
        throw new TypeError(`autowrapt wrapFunction(): the wrapper for ${(0, define_js_1.propertyLabel)(key)} must be a function (wrapped, thisArg, args, newTarget) => result`);
    }
    const switches = checkOptions(options, key);
    const make = (original) => {
        const made = createFunctionWrapper(original, key, wrapper, switches);
        (0, define_js_1.copyFunctionMetadata)(original, made.replacement);
        return made;
    };
    return (0, property_js_1.wrapProperty)(target, key, make);
}
// The caller's own options object is kept (not copied) so that assigning
// `options.enabled` later takes effect on the next call.
function checkOptions(options, name) {
    if (options === undefined)
        return undefined;
    if (typeof options !== 'object' || options === null) {
        throw new TypeError(`autowrapt wrapFunction(): options for ${(0, define_js_1.propertyLabel)(name)} must be an object like { enabled }`);
    }
    const enabled = options.enabled;
    if (enabled !== undefined && typeof enabled !== 'boolean' && typeof enabled !== 'function') {
        throw new TypeError(`autowrapt wrapFunction(): options.enabled for ${(0, define_js_1.propertyLabel)(name)} must be a boolean or a function returning one`);
    }
    return options;
}
function switchedOn(options) {
    const enabled = options.enabled;
    return enabled === undefined || enabled === true || (enabled !== false && enabled());
}
// A bypassed layer calls (or constructs) the original and nothing else.
const passThrough = (wrapped, thisArg, args) => Reflect.apply(wrapped, thisArg, args);
// Four shapes, chosen once at wrap time rather than branched on per call:
// without options there is no switch to read at all (measured: reading one
// added 12-14% to a pass-through call), and only an original that can be
// constructed gets a constructible replacement. `wrapper` is a mutable
// binding so that bypassing costs the call path nothing.
function createFunctionWrapper(original, name, wrapper, options) {
    const callable = original;
    let replacement;
    let spec;
    if (!(0, replacement_js_1.isConstructor)(original)) {
        // Method syntax gives a function that, like the arrow, method, async or
        // generator function it stands in for, cannot be constructed and has no
        // own `prototype`.
        replacement =
            options === undefined
                ? {
                    wrapper(...args) {
                        return wrapper(callable, this, args, undefined);
                    },
                }.wrapper
                : {
                    wrapper(...args) {
                        if (switchedOn(options))
                            return wrapper(callable, this, args, undefined);
                        return Reflect.apply(callable, this, args);
                    },
                }.wrapper;
    }
    else {
        const constructSpec = { original: original, name, wrapper, options };
        spec = constructSpec;
        if (options === undefined) {
            const constructible = function (...args) {
                if (new.target !== undefined)
                    return construct(constructSpec, args, new.target === constructible ? undefined : new.target);
                return wrapper(callable, this, args, undefined);
            };
            replacement = constructible;
        }
        else {
            const switchable = function (...args) {
                if (new.target !== undefined)
                    return construct(constructSpec, args, new.target === switchable ? undefined : new.target);
                if (switchedOn(options))
                    return wrapper(callable, this, args, undefined);
                return Reflect.apply(callable, this, args);
            };
            replacement = switchable;
        }
    }
    const bypass = () => {
        wrapper = passThrough;
        if (spec !== undefined)
            spec.wrapper = passThrough;
    };
    return { replacement, bypass };
}
// `subclass` is new.target unless that was the replacement itself: then
// `new Replacement()` must build an original, so the original is new.target;
// a subclass (`class Sub extends Replacement`) stays new.target.
function construct(spec, args, subclass) {
    const { original, options } = spec;
    const newTarget = (subclass ?? original);
    if (options !== undefined && !switchedOn(options))
        return Reflect.construct(original, args, newTarget);
    // Built per construction (construction allocates anyway) so that calling
    // `wrapped` in any way constructs with the right new.target.
    const constructOriginal = function (...constructArgs) {
        return Reflect.construct(original, constructArgs, newTarget);
    };
    const result = spec.wrapper(constructOriginal, undefined, args, newTarget);
    if (!(0, define_js_1.isObjectLike)(result)) {
        // Returning a primitive from a constructor silently yields an object the
        // original never initialised: fail loudly instead.
        throw new TypeError(`autowrapt: the wrapFunction wrapper for ${(0, define_js_1.propertyLabel)(spec.name)} was called with new and returned ` +
            `${result === null ? 'null' : typeof result}; return the object from Reflect.apply(wrapped, thisArg, args)`);
    }
    return result;
}
