"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setForeignHook = setForeignHook;
exports.subscribeToForeignCopy = subscribeToForeignCopy;
exports.forwardToForeignCopies = forwardToForeignCopies;
// Main thread: other copies of import-in-the-middle in this process (dd-trace
// and elastic-apm-node ship their own; an npm tree may hold several majors).
// Only one wrapper is loaded per module URL (see foreign-wrapper.ts), and it
// tells only its own copy's subscribers. So autowrapt keeps both sides told:
// - when another copy's wrapper is the one loaded, autowrapt subscribes to
//   that copy (through its public `addHook`) before the wrapper evaluates;
// - when autowrapt's wrapper is the one loaded, autowrapt hands the module to
//   the other copies' subscribers, through the five-argument
//   `register(url, namespace, set, get, specifier)` that generated wrappers of
//   every major (1.x, 2.x, and 3.x's legacy form) call.
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
const node_url_1 = require("node:url");
const node_fs_1 = require("node:fs");
const log_js_1 = require("../report/log.js");
let foreignHook;
const subscribed = new Set();
const copyOfFile = new Map();
const REGISTER_SUFFIX = `${node_path_1.sep}lib${node_path_1.sep}register.js`;
// foreign-bridge.mts is a file of its own, while this module is bundled into
// dist/runtime.js (scripts/bundle.mjs): were the bridge to load this file, it
// would get a second copy without the hook. It calls this one through a
// process-wide slot instead.
const BRIDGE_SLOT = Symbol.for('autowrapt.esm.subscribeToForeignCopy');
/** The loader hands over the hook that feeds the adapter (the same one it gives its own copy). */
function setForeignHook(hook) {
    foreignHook = hook;
    Object.defineProperty(globalThis, BRIDGE_SLOT, { value: subscribeToForeignCopy, configurable: true, enumerable: false, writable: true });
}
/** Subscribes to the copy whose lib/register.js is at `registerUrl`, once. */
function subscribeToForeignCopy(registerUrl) {
    const hook = foreignHook;
    if (hook === undefined)
        return;
    let file;
    try {
        file = (0, node_url_1.fileURLToPath)(registerUrl);
    }
    catch {
        return;
    }
    if (subscribed.has(file))
        return;
    subscribed.add(file);
    try {
        const load = (0, node_module_1.createRequire)(file);
        const registerModule = load(file);
        const { addHook } = load((0, node_path_1.dirname)((0, node_path_1.dirname)(file)));
        // 1.x passes no specifier to its subscribers; its register module keeps it.
        addHook((url, namespace, specifier, format) => hook(url, namespace, specifier ?? registerModule.specifiers?.get(url), format));
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('esm', `subscribed to the import-in-the-middle copy at ${(0, node_path_1.dirname)((0, node_path_1.dirname)(file))}, whose wrappers load ahead of autowrapt's`);
    }
    catch (error) {
        (0, log_js_1.warn)(log_js_1.WarningCode.ForeignLoader, `could not subscribe to the import-in-the-middle copy at ${(0, node_path_1.dirname)((0, node_path_1.dirname)(file))}: ${(0, log_js_1.describeError)(error)}; ESM targets it wraps are not hooked by autowrapt`);
    }
}
function isIitmCopy(registerFile) {
    let known = copyOfFile.get(registerFile);
    if (known === undefined) {
        try {
            const manifest = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.dirname)((0, node_path_1.dirname)(registerFile)) + node_path_1.sep + 'package.json', 'utf8'));
            known = manifest.name === 'import-in-the-middle';
        }
        catch {
            known = false;
        }
        copyOfFile.set(registerFile, known);
    }
    return known;
}
/** The other copies loaded on this thread (their lib/register.js is in require.cache once an agent uses them). */
function foreignCopies(ownRegisterFile) {
    const copies = [];
    for (const [file, entry] of Object.entries(require.cache)) {
        if (file === ownRegisterFile || !file.endsWith(REGISTER_SUFFIX) || entry === undefined || !isIitmCopy(file))
            continue;
        copies.push({ file, module: entry.exports });
    }
    return copies;
}
/**
 * Tells the other copies' subscribers about a target module that autowrapt's
 * own wrapper loaded. Their writes go through autowrapt's namespace, so every
 * importer sees them.
 */
function forwardToForeignCopies(url, namespace, specifier, ownRegisterFile) {
    for (const copy of foreignCopies(ownRegisterFile)) {
        const { register, importHooks, specifiers } = copy.module;
        if (typeof register !== 'function' || importHooks?.length === 0 || specifiers?.has(url))
            continue;
        const { view, set, get } = legacyView(namespace);
        try {
            register(url, view, set, get, specifier);
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('esm', `handed ${url} to the import-in-the-middle copy at ${(0, node_path_1.dirname)((0, node_path_1.dirname)(copy.file))}`);
        }
        catch (error) {
            (0, log_js_1.warn)(log_js_1.WarningCode.ForeignLoader, `a hook of the import-in-the-middle copy at ${(0, node_path_1.dirname)((0, node_path_1.dirname)(copy.file))} threw on ${url}: ${(0, log_js_1.describeError)(error)}`);
        }
    }
}
// The namespace, setters and getters a 1.x/2.x wrapper would pass, over autowrapt's namespace.
function legacyView(namespace) {
    const view = Object.create(null, { [Symbol.toStringTag]: { value: 'Module' } });
    const set = {};
    const get = {};
    for (const key of Object.keys(namespace)) {
        view[key] = namespace[key];
        set[key] = (value) => {
            namespace[key] = value;
            view[key] = value;
            return true;
        };
        get[key] = () => namespace[key];
    }
    return { view, set, get };
}
