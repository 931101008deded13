"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ownPackageFile = ownPackageFile;
// autowrapt's own package directory (where register.cjs and loader.mjs live).
// The runtime is bundled into dist/runtime.js while tsc's per-file output also
// stays in dist/<folder>/, so a fixed `__dirname/../..` would be right for one
// of them only: walk up to the directory that holds loader.mjs instead.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
let root;
/** Absolute path of a file at the root of the autowrapt package. */
function ownPackageFile(name) {
    if (root === undefined) {
        let dir = __dirname;
        while (!(0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'loader.mjs')) && (0, node_path_1.dirname)(dir) !== dir)
            dir = (0, node_path_1.dirname)(dir);
        root = dir;
    }
    return (0, node_path_1.join)(root, name);
}
