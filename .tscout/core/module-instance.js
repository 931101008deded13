"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.commonJsInstance = commonJsInstance;
exports.createReplacements = createReplacements;
exports.moduleInfo = moduleInfo;
// What counts as one module instance, and what a hook learns about it, in one
// place. A hook fires once per instance (registry.ts), so every adapter must
// name an instance the same way:
// - a CommonJS module is its module.exports, whether it was required or
//   imported from ESM (never import-in-the-middle's ESM view of it); exports
//   that are no object (a module may export a string) are keyed by the file;
// - an ES module is one instance whether it is imported or loaded with
//   require(esm), keyed by its URL; the require() side gets a patchable view
//   of the frozen namespace (esm-instance.ts);
// - a hook's replacement stands for the instance it replaced, so an adapter
//   meeting the replacement later (a cached require) does not fire again.
const package_info_js_1 = require("./package-info.js");
const primitiveKeys = new Map();
function isObjectLike(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
}
/** The key of a CommonJS instance: its exports, or a stable stand-in per file for exports that are no object. */
function commonJsInstance(exports, filename) {
    if (isObjectLike(exports))
        return exports;
    let key = primitiveKeys.get(filename);
    if (key === undefined)
        primitiveKeys.set(filename, (key = {}));
    return key;
}
/** Remembers which instance a hook's replacement stands for. One per registry. */
function createReplacements() {
    const originals = new WeakMap();
    return {
        /** The instance key `key` stands for: itself, or the instance it replaced. */
        instanceOf: (key) => originals.get(key) ?? key,
        record(replacement, key) {
            if (isObjectLike(replacement))
                originals.set(replacement, key);
        },
    };
}
/**
 * The ModuleInfo for a hook: the target's name, the format, and, for a module
 * file, the file, its package's version and root directory. `baseDir`, when
 * the adapter knows it, wins over the package found from the file.
 */
function moduleInfo(name, format, filename, baseDir) {
    if (filename === undefined)
        return baseDir === undefined ? { name, format } : { name, baseDir, format };
    const pkg = (0, package_info_js_1.packageOfFile)(filename);
    return { name, version: pkg?.version, baseDir: baseDir ?? pkg?.dir, filename, format };
}
