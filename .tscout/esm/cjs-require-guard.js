"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCjsRequireGuard = createCjsRequireGuard;
exports.packageOfUrl = packageOfUrl;
exports.onUnhookable = onUnhookable;
exports.reportUnhookable = reportUnhookable;
exports.unhookableMessage = unhookableMessage;
// Node 24+ hands a CommonJS child that comes without source to
// Module._load(filename) (observed on 24.22 and 26.12); Node 20 and 22 read its
// source and evaluate it in the ESM translator (loadCJSModule) whatever the
// hooks return. The loader thread cannot use core/node-features.ts, so it is here.
const childrenLoadByFilename = Number(process.versions.node.split('.')[0]) >= 24;
function createCjsRequireGuard(options) {
    const commonJs = new Set();
    const requiredFrom = new Map();
    return {
        /** Whether this resolution is a require() inside a CommonJS module the ESM loader evaluates. */
        isRequireInCommonJs(specifier, context) {
            const parent = context.parentURL;
            return parent !== undefined && specifier.startsWith('file:') && !context.conditions?.includes('require') && commonJs.has(parent);
        },
        /** Remembers a target such a require() resolved to; returns the resolution unchanged. */
        required(result, parentURL) {
            if (options?.isTarget(result.url)) {
                requiredFrom.set(result.url, parentURL);
                options.onRequired?.(result.url);
            }
            return result;
        },
        /** Called with every load result: remembers the CommonJS ones, and reports unhookable targets. */
        loaded(url, result) {
            if (result.format !== 'commonjs')
                return result;
            commonJs.add(url);
            const parent = requiredFrom.get(url);
            if (parent !== undefined && (!childrenLoadByFilename || result.source != null)) {
                requiredFrom.delete(url);
                options?.onUnhookable(url, parent);
            }
            return result;
        },
    };
}
/** `pkg` or `@scope/pkg` of a URL inside node_modules. */
function packageOfUrl(url) {
    const at = url.lastIndexOf('/node_modules/');
    if (at === -1)
        return undefined;
    const parts = url.slice(at + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? (parts.length > 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts.length > 1 ? parts[0] : undefined;
}
// Where the guard runs on the application thread (in-thread hooks), the adapter
// subscribes here to record each unhookable module in the report.
const unhookableListeners = [];
function onUnhookable(listener) {
    unhookableListeners.push(listener);
}
/** Warns (AUTOWRAPT_UNHOOKABLE) and tells the subscribers; application thread only. */
function reportUnhookable(warnUnhookable, url, parentURL) {
    warnUnhookable(unhookableMessage(url, parentURL));
    for (const listener of unhookableListeners)
        listener(url, `required by ${parentURL}, CommonJS whose source a module.register loader returned, which Node ${process.version} evaluates without require() or Module._load`);
}
function unhookableMessage(url, parentURL) {
    return (`autowrapt: ${url} (a module of a hook target) is required by ${parentURL}, a CommonJS module that a module.register loader returned as source; ` +
        `Node ${process.version} evaluates it with neither require() nor Module._load, so no hook can see it and its hooks do not fire for it`);
}
