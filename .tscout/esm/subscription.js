"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ownRegisterFile = ownRegisterFile;
exports.subscribeToIitm = subscribeToIitm;
exports.createIitmHook = createIitmHook;
// The loader's subscription to import-in-the-middle. It is made by the loader
// itself, once the loader is complete: import-in-the-middle replays the modules
// it has already wrapped (by another user of the same copy, OpenTelemetry's
// loader say) to a new subscriber synchronously, inside addHook. Nothing here
// may depend on the caller having returned first (the Node 20 crash
// "Cannot access 'loader' before initialization" came from exactly that).
const node_path_1 = require("node:path");
const internal_error_js_1 = require("./internal-error.js");
const foreign_copies_js_1 = require("./foreign-copies.js");
const own_modules_js_1 = require("../core/own-modules.js");
/** lib/register.js of autowrapt's own copy: its wrappers import it, and it holds the subscribers. */
function ownRegisterFile() {
    return (0, node_path_1.join)((0, node_path_1.dirname)(require.resolve('import-in-the-middle/hook.mjs')), 'lib', 'register.js');
}
/**
 * Subscribes to autowrapt's own import-in-the-middle copy, and readies the
 * subscription to other copies (made when one of their wrappers shows up).
 */
function subscribeToIitm(isLate, onImported) {
    (0, foreign_copies_js_1.setForeignHook)(createIitmHook(isLate, onImported, false));
    const { addHook } = (0, own_modules_js_1.requireOwn)('import-in-the-middle');
    addHook(createIitmHook(isLate, onImported, true));
}
function createIitmHook(isLate, onImported, ownCopy = true) {
    return (url, namespace, specifier, format) => {
        let module;
        try {
            module = { url, namespace, specifier, format, late: isLate(url), ownCopy };
        }
        catch (error) {
            (0, internal_error_js_1.reportInternalError)('the ESM import callback', error);
            return;
        }
        onImported(module);
    };
}
