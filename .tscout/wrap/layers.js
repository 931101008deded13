"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.markOurs = markOurs;
exports.isOurs = isOurs;
exports.addLayer = addLayer;
exports.findLayer = findLayer;
exports.forgetLayer = forgetLayer;
// autowrapt's own layers, and nothing else's. Other tools (shimmer,
// OpenTelemetry, dd-trace, Elastic) wrap the same functions; their layers may
// sit above or below ours in any order. autowrapt recognises its wrappers by
// this private bookkeeping, never by shimmer's `__wrapped`/`__unwrap` markers:
// those markers invite OpenTelemetry's InstrumentationBase._wrap to unwrap a
// function before wrapping it, which silently removed our layer
// (autowrapt issue 12), and let a foreign `__unwrap` be called for ours.
const log_js_1 = require("../report/log.js");
const define_js_1 = require("./define.js");
const wrappers = new WeakSet();
const layers = new WeakMap();
/** Records a function autowrapt made, for isWrapped. */
function markOurs(fn) {
    wrappers.add(fn);
}
/** Whether `fn` is a wrapper made by autowrapt (any holder, any property). */
function isOurs(fn) {
    return typeof fn === 'function' && wrappers.has(fn);
}
function addLayer(layer) {
    let byName = layers.get(layer.holder);
    if (byName === undefined) {
        byName = new Map();
        layers.set(layer.holder, byName);
    }
    byName.set(layer.name, layer);
}
/**
 * autowrapt's live layer on `holder[name]`, wherever it sits among other
 * tools' layers. A layer whose property was put back to its original by
 * someone else is forgotten here.
 */
function findLayer(holder, name) {
    const layer = layers.get(holder)?.get(name);
    if (layer === undefined || !isGone(layer))
        return layer;
    forgetLayer(layer);
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('wrap', `${(0, define_js_1.propertyLabel)(name)} was put back to its original by someone else; autowrapt's layer is gone`);
    return undefined;
}
// A Proxy holder whose traps throw: assume the layer is still there.
function isGone(layer) {
    try {
        return layer.isGone();
    }
    catch {
        return false;
    }
}
function forgetLayer(layer) {
    layers.get(layer.holder)?.delete(layer.name);
}
