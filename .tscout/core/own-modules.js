"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requireOwn = requireOwn;
exports.isOwnModule = isOwnModule;
// Modules autowrapt loads for itself (require-in-the-middle and its `debug`
// and `ms`, import-in-the-middle's lexers, semver). They sit in require.cache
// like application modules, but the application never loaded them, so the
// "loaded before its hook" scan must not mistake them for late targets.
const own = new Set();
/** Requires one of autowrapt's own dependencies, remembering every file it pulled in. */
function requireOwn(id) {
    const before = new Set(Object.keys(require.cache));
    const loaded = require(id);
    for (const filename of Object.keys(require.cache))
        if (!before.has(filename))
            own.add(filename);
    return loaded;
}
function isOwnModule(filename) {
    return own.has(filename);
}
