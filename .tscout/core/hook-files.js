"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isInsidePackage = isInsidePackage;
exports.locateHookFile = locateHookFile;
// Where a declared hook file is on disk, and whether it is safe to load: it
// must exist and, with symlinks resolved, stay inside its package and outside
// the package's own node_modules (that is other packages' code). The check
// applies to the file require() will actually load: a path naming a directory
// resolves through its package.json `main` or index.js, exactly as require()
// would. The same rule the runtime applies before it requires a hook file,
// checked here without loading anything (the CLI uses it too).
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const log_js_1 = require("../report/log.js");
const problem_js_1 = require("./problem.js");
/** Whether `file` is inside `dir` and not inside a node_modules folder of it. */
function isInsidePackage(dir, file) {
    const rel = (0, node_path_1.relative)(dir, file);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path_1.sep}`) || (0, node_path_1.isAbsolute)(rel))
        return false;
    return !rel.split(node_path_1.sep).includes('node_modules');
}
/** The file require() would load for `path`, or undefined when there is none. */
function resolveAsRequire(path) {
    try {
        return require.resolve(path);
    }
    catch {
        return undefined;
    }
}
/**
 * Finds hook file `file` (relative, as in a HookSpec) of the package at
 * `packageDir` and returns the real path of the file require() will load.
 * `label` names the file in messages (default: `file`). A problem has no JSON
 * path: the caller knows it.
 */
function locateHookFile(packageDir, file, label = file) {
    const path = (0, node_path_1.join)(packageDir, file);
    let real;
    let packageReal;
    try {
        packageReal = (0, node_fs_1.realpathSync)(packageDir);
        const resolved = (0, node_fs_1.existsSync)(path) ? resolveAsRequire(path) : undefined;
        if (resolved === undefined)
            return (0, problem_js_1.fail)(log_js_1.WarningCode.HookNotFound, `hook file ${label} does not exist (${path})`);
        real = (0, node_fs_1.realpathSync)(resolved);
    }
    catch (error) {
        return (0, problem_js_1.fail)(log_js_1.WarningCode.HookNotFound, `hook file ${label} cannot be read (${error.message})`);
    }
    if (!isInsidePackage(packageReal, real)) {
        const why = real.startsWith(packageReal + node_path_1.sep)
            ? "is in the package's node_modules, which holds other packages' code"
            : 'resolves outside its package';
        return (0, problem_js_1.fail)(log_js_1.WarningCode.UnsafeHookPath, `hook file ${label} ${why} (${real})`);
    }
    return (0, problem_js_1.ok)(real);
}
