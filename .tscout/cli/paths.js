"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGISTER_PATH = exports.PACKAGE_ROOT = void 0;
exports.packageVersion = packageVersion;
// Files of this package the CLI needs at run time, found from the compiled
// file's location (dist/cli/) so the CLI works from any working directory.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
exports.PACKAGE_ROOT = (0, node_path_1.resolve)(__dirname, '..', '..');
exports.REGISTER_PATH = (0, node_path_1.resolve)(exports.PACKAGE_ROOT, 'register.cjs');
function packageVersion() {
    const json = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.resolve)(exports.PACKAGE_ROOT, 'package.json'), 'utf8'));
    return typeof json.version === 'string' ? json.version : 'unknown';
}
