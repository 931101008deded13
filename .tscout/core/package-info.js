"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readPackageJson = readPackageJson;
exports.nodeModulesPaths = nodeModulesPaths;
exports.findPackageDir = findPackageDir;
exports.packageOfFile = packageOfFile;
exports.findNearestPackageDir = findNearestPackageDir;
// Finding packages on disk: where a named package is installed (resolved the
// way Node resolves bare specifiers), and which package a module file belongs to.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const targets_js_1 = require("./targets.js");
const plain_object_js_1 = require("./plain-object.js");
const packageJsonCache = new Map();
/** Reads and parses `<dir>/package.json`, or null when missing or unparsable. Cached. */
function readPackageJson(dir) {
    let json = packageJsonCache.get(dir);
    if (json !== undefined)
        return json;
    try {
        // Node and npm accept a byte-order mark at the start; JSON.parse does not.
        const parsed = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'package.json'), 'utf8').replace(/^\uFEFF/, ''));
        json = (0, plain_object_js_1.isPlainObject)(parsed) ? parsed : null;
    }
    catch {
        json = null;
    }
    packageJsonCache.set(dir, json);
    return json;
}
function isDirectory(path) {
    try {
        return (0, node_fs_1.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** The `node_modules` folders Node searches from `base`, nearest first. */
function nodeModulesPaths(base) {
    const paths = [];
    let dir = base;
    for (;;) {
        if (!dir.endsWith(`${node_path_1.sep}node_modules`))
            paths.push((0, node_path_1.join)(dir, 'node_modules'));
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            return paths;
        dir = parent;
    }
}
/**
 * The real directory of installed package `name`, looked up from each base in
 * turn, as `require('name')` would (package.json `exports` cannot hide it).
 */
function findPackageDir(name, bases) {
    if (!(0, targets_js_1.isPackageName)(name))
        return undefined;
    for (const base of bases) {
        for (const modules of nodeModulesPaths(base)) {
            const candidate = (0, node_path_1.join)(modules, name);
            if (isDirectory(candidate) && readPackageJson(candidate) !== null) {
                try {
                    return (0, node_fs_1.realpathSync)(candidate);
                }
                catch {
                    return candidate;
                }
            }
        }
    }
    return undefined;
}
const ownerCache = new Map();
/**
 * The package a module file belongs to: the nearest enclosing package.json
 * that has a `name` (nested `{"type":"module"}` stubs are skipped).
 */
function packageOfFile(filename) {
    const visited = [];
    let dir = (0, node_path_1.dirname)(filename);
    let found = null;
    for (;;) {
        const cached = ownerCache.get(dir);
        if (cached !== undefined) {
            found = cached;
            break;
        }
        visited.push(dir);
        const json = readPackageJson(dir);
        if (json !== null && typeof json.name === 'string') {
            found = { name: json.name, version: typeof json.version === 'string' ? json.version : undefined, dir };
            break;
        }
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    for (const d of visited)
        ownerCache.set(d, found);
    return found ?? undefined;
}
/** The application's nearest package.json directory, from the first base that has one. */
function findNearestPackageDir(bases) {
    for (const base of bases) {
        let dir = base;
        for (;;) {
            if (readPackageJson(dir) !== null)
                return dir;
            const parent = (0, node_path_1.dirname)(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
    }
    return undefined;
}
