"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createShell = createShell;
// The function `wrap` installs around a factory's replacement. Another tool may
// wrap on top of autowrapt's layer and keep a direct reference to it; the only
// way to take our layer out from under theirs is for that layer to stop doing
// anything, so every `wrap` layer is this thin shell with a switch: it calls
// the factory's replacement until bypassed, then the original.
const define_js_1 = require("./define.js");
const functionApply = Function.prototype.apply;
/**
 * Wraps `replacement` in a shell that looks like `original` (name, length,
 * own properties, `prototype`, [[Prototype]]), carries the properties the
 * factory set on `replacement`, and has `replacement`'s constructibility.
 */
function createShell(original, replacement, constructible) {
    // Calls go through `callTarget.apply(this, arguments)`: the one form V8
    // inlines without materialising anything, and only while callTarget keeps
    // Function.prototype.apply and fast properties. Rest parameters or
    // Reflect.apply measured 8-10x a closure (Node 20, benchmarks/wrap-call.mjs).
    let callTarget = hasPlainApply(replacement) ? replacement : forwarder(replacement);
    let constructTarget = replacement;
    const bypass = () => {
        callTarget = forwarder(original);
        constructTarget = original;
    };
    /* eslint-disable prefer-rest-params */
    let shell;
    if (constructible) {
        const shellFunction = function () {
            if (new.target !== undefined) {
                // `new Shell()` builds what `new Replacement()` (or, bypassed, `new Original()`) builds.
                return Reflect.construct(constructTarget, arguments, new.target === shellFunction ? constructTarget : new.target);
            }
            return callTarget.apply(this, arguments);
        };
        shell = shellFunction;
    }
    else {
        // Method syntax: not constructible and no own `prototype`, like the arrow,
        // method, async or generator function it stands in for.
        shell = {
            wrapper() {
                return callTarget.apply(this, arguments);
            },
        }.wrapper;
    }
    /* eslint-enable prefer-rest-params */
    (0, define_js_1.copyOwnProperties)(replacement, shell);
    (0, define_js_1.copyFunctionMetadata)(original, shell);
    return { replacement: shell, bypass };
}
function hasPlainApply(fn) {
    try {
        return fn.apply === functionApply;
    }
    catch {
        return false;
    }
}
// A function with Function.prototype.apply that calls `target` exactly as the
// shell was called; for targets whose own `apply` cannot be trusted (a class
// with a static `apply`, a Proxy) and for a bypassed layer.
function forwarder(target) {
    return function (...args) {
        return Reflect.apply(target, this, args);
    };
}
