"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.packageNameOf = packageNameOf;
exports.packageNameOfRequest = packageNameOfRequest;
exports.mayReachTarget = mayReachTarget;
exports.installRequireFilter = installRequireFilter;
exports.makeBelow = makeBelow;
// A filter in front of require-in-the-middle. RITM resolves the filename of
// every require() it sees before it can tell that the module is not a target,
// and on Node versions with module.registerHooks that resolution also runs
// through the ESM hooks: a second full resolution on every first require and
// a path lookup on every cached one (profiled in benchmarks/README.md). Most
// requires can be decided from the request string and the requiring file
// alone, so only those that may reach a target package go through RITM.
const node_module_1 = require("node:module");
const NODE_MODULES = '/node_modules/';
/** The package a resolved file belongs to, by its last node_modules segment. */
function packageNameOf(filename) {
    const at = filename.lastIndexOf(NODE_MODULES);
    if (at === -1)
        return undefined;
    const rest = filename.slice(at + NODE_MODULES.length);
    const first = rest.indexOf('/');
    if (first === -1)
        return undefined;
    if (!rest.startsWith('@'))
        return rest.slice(0, first);
    const second = rest.indexOf('/', first + 1);
    return second === -1 ? undefined : rest.slice(0, second);
}
/** `@scope/pkg` of `@scope/pkg/sub`, `pkg` of `pkg/sub`. */
function packageNameOfRequest(id) {
    const first = id.indexOf('/');
    if (first === -1)
        return id;
    if (!id.startsWith('@'))
        return id.slice(0, first);
    const second = id.indexOf('/', first + 1);
    return second === -1 ? id : id.slice(0, second);
}
// The package each requiring file belongs to, computed once per file: this
// runs on every require() call, so it must cost a Map lookup, not a path scan.
const owners = new Map();
function ownerOf(parent) {
    let owner = owners.get(parent);
    if (owner === undefined)
        owners.set(parent, (owner = packageNameOf(parent) ?? null));
    return owner ?? undefined;
}
/**
 * Whether `require(id)` from `parent` may load a module of a target package.
 * Errs on the side of yes: a yes costs one RITM pass, a wrong no loses a hook.
 * Builtins are no (a builtin is never a package target; builtins are patched
 * in place, never through RITM), and so are files outside node_modules (RITM
 * cannot name them).
 */
function mayReachTarget(id, parent, isTargetPackage) {
    if (typeof id !== 'string' || id === '')
        return true;
    const first = id.charCodeAt(0);
    if (first === 47 /* / */ && id.includes(NODE_MODULES)) {
        // An absolute file inside node_modules names its package, as RITM will
        // (a hook file of a patch package, say, is no target). Unless the request
        // ends at a package folder or scope, which cannot be told apart here.
        const named = packageNameOf(id);
        return named === undefined || isTargetPackage(named);
    }
    if (first === 46 /* . */ || first === 47 /* / */) {
        if (id.includes(NODE_MODULES))
            return true;
        const owner = parent === undefined ? undefined : ownerOf(parent);
        if (owner === undefined)
            return false;
        // Inside a target package every file may be a target; `../` from any
        // package could climb into a neighbouring one.
        return isTargetPackage(owner) || id.startsWith('..');
    }
    if (first === 35 /* # */) {
        // Subpath imports resolve inside the requiring package.
        const owner = parent === undefined ? undefined : ownerOf(parent);
        return owner !== undefined && isTargetPackage(owner);
    }
    return isTargetPackage(packageNameOfRequest(id));
}
/**
 * Installs the filter over the current Module.prototype.require (`bypass`).
 * A require() that may reach a target goes to `hooked()` (require-in-the-middle's
 * require, made on that first call: adapter.ts); every other goes to `bypass`.
 */
function installRequireFilter(bypass, hooked, isTargetPackage) {
    function filteredRequire(id) {
        return mayReachTarget(id, this?.filename ?? undefined, isTargetPackage) ? hooked().call(this, id) : bypass.call(this, id);
    }
    node_module_1.Module.prototype.require = filteredRequire;
}
/**
 * Runs `make` (a require-in-the-middle Hook construction) as if `below` were
 * Module.prototype.require, and returns the require it installed. The
 * functions it replaces are put back at once: Module.prototype.require, so that
 * whatever was installed since (the filter, another agent's wrapper) stays in
 * place, and process.getBuiltinModule, since autowrapt never asks
 * require-in-the-middle for builtins (builtins/adapter.ts patches them in place).
 */
function makeBelow(below, make) {
    const proto = node_module_1.Module.prototype;
    const current = proto.require;
    const getBuiltinModule = process.getBuiltinModule;
    proto.require = below;
    try {
        make();
        return proto.require;
    }
    finally {
        proto.require = current;
        if (getBuiltinModule !== undefined)
            process.getBuiltinModule = getBuiltinModule;
    }
}
