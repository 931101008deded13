"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadRequireInTheMiddle = loadRequireInTheMiddle;
// Loads require-in-the-middle without paying for `debug`. RITM's index.js
// starts with `require('debug')('require-in-the-middle')`, and `debug` pulls
// in tty, net, os and supports-color: measured on Node 24 it was most of
// RITM's load cost (benchmarks/results/startup-*.json, "small app"). Its
// output only ever appears when DEBUG names a namespace, so when DEBUG is
// unset or empty, RITM's own require('debug') gets a silent stand-in: for the
// duration of that one synchronous require(), Module.prototype.require answers
// `debug` itself, then the function that was there is put back. Nothing is
// resolved or cached, so the application's own require('debug') still loads the
// real module. With DEBUG set, the real module is used (also the way to see
// RITM's lines when the application turns namespaces on from code).
const node_module_1 = require("node:module");
const own_modules_js_1 = require("../core/own-modules.js");
function silentDebug(namespace) {
    const fn = (() => { });
    fn.enabled = false;
    fn.namespace = namespace;
    fn.extend = (suffix) => silentDebug(`${namespace}:${suffix}`);
    return fn;
}
const standIn = Object.assign(silentDebug, { enabled: () => false });
function loadRequireInTheMiddle() {
    if (process.env.DEBUG)
        return require('require-in-the-middle');
    const proto = node_module_1.Module.prototype;
    const before = proto.require;
    proto.require = function requireWithoutDebug(id) {
        return id === 'debug' ? standIn : before.call(this, id);
    };
    try {
        return require('require-in-the-middle');
    }
    finally {
        proto.require = before;
    }
}
