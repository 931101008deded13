"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installCjsAdapter = installCjsAdapter;
// CommonJS: one require-in-the-middle hook for the whole process, fed with the
// names of every non-builtin target, and made at the first require() that may
// reach one (filter.ts decides which): a process that never requires a target
// never loads require-in-the-middle. Its whitelist array is read live on each
// require, so targets registered later are appended to the same array instead
// of creating another Hook (cost grows with the number of Hook instances).
// That live read is RITM's behaviour, not its documented API: package.json
// pins RITM with `~`, and test/integration/upstream-contracts.test.ts fails
// loudly if a release changes it.
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const filter_js_1 = require("./filter.js");
const loaded_by_filename_js_1 = require("./loaded-by-filename.js");
const load_ritm_js_1 = require("./load-ritm.js");
const required_esm_js_1 = require("./required-esm.js");
const log_js_1 = require("../report/log.js");
const module_instance_js_1 = require("../core/module-instance.js");
const own_modules_js_1 = require("../core/own-modules.js");
// require-in-the-middle names a deep file by its path without `.js` and
// without a trailing `/index.js` (see its `resolveModuleName`), so a file
// target is registered under both spellings.
function ritmNames(target) {
    const names = [target.name];
    if (target.kind === 'file') {
        const short = target.name.replace(/(\/index)?(\.js)?$/, '');
        if (short !== target.name)
            names.push(short);
    }
    return names;
}
/** The file a match stands for, or undefined when the match is a near miss. */
function matchedFile(target, exports, baseDir) {
    if (baseDir === undefined)
        return undefined;
    if (target.kind === 'file') {
        const filename = (0, node_path_1.join)(baseDir, target.subpath);
        return require.cache[filename]?.exports === exports ? filename : undefined;
    }
    try {
        return require.resolve(target.name, { paths: [baseDir] });
    }
    catch {
        return undefined;
    }
}
/**
 * `onUnavailable` is told when require-in-the-middle cannot be made at the
 * first require() that needs it; that require() and every later one then load
 * as without autowrapt.
 */
function installCjsAdapter(registry, onUnavailable = () => { }) {
    const whitelist = [];
    const byName = new Map();
    const targetPackages = new Set();
    function addTarget(target) {
        if (target.kind === 'builtin')
            return;
        targetPackages.add(target.packageName);
        for (const name of ritmNames(target)) {
            const list = byName.get(name);
            if (list === undefined) {
                byName.set(name, [target]);
                whitelist.push(name);
            }
            else if (!list.includes(target))
                list.push(target);
        }
        scanLoaded(target);
    }
    // Modules of a target that were loaded before its hook was registered (before
    // bootstrap, or before a runtime registration): fire late, with a warning.
    function scanLoaded(target) {
        const marker = `/node_modules/${target.packageName}/`;
        for (const filename of Object.keys(require.cache)) {
            const at = filename.lastIndexOf(marker);
            if (at === -1)
                continue;
            const module = require.cache[filename];
            if (module === undefined || !module.loaded || (0, own_modules_js_1.isOwnModule)(filename))
                continue;
            const baseDir = filename.slice(0, at + marker.length - 1);
            if (matchedFile(target, module.exports, baseDir) !== filename)
                continue;
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('cjs', `${filename} was loaded before its hook was registered`);
            module.exports = fireOnModule(target, module.exports, filename, baseDir, true);
        }
    }
    // One loaded module: a CommonJS instance keyed by its exports, or an ES
    // module reached by require() (required-esm.ts).
    function fireOnModule(target, exports, filename, baseDir, late = false) {
        if (node_util_1.types.isModuleNamespaceObject(exports)) {
            return (0, required_esm_js_1.fireOnRequiredEsm)(registry, target, exports, (0, module_instance_js_1.moduleInfo)(target.name, 'module', filename, baseDir), late);
        }
        const key = (0, required_esm_js_1.instanceKeyOfView)((0, module_instance_js_1.commonJsInstance)(exports, filename));
        const info = (0, module_instance_js_1.moduleInfo)(target.name, 'commonjs', filename, baseDir);
        if (key === exports && (0, required_esm_js_1.hasFixedExports)(exports) && (0, required_esm_js_1.isEsmSource)(filename)) {
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('cjs', `${filename} is ESM compiled to CommonJS by another loader; the hook patches a view of its exports`);
            return (0, required_esm_js_1.fireOnCompiledEsm)(registry, target, key, exports, info, late);
        }
        return registry.moduleLoaded(target, key, exports, info, late);
    }
    function onrequire(exports, name, baseDir) {
        const targets = byName.get(name.replaceAll('\\', '/'));
        if (targets === undefined)
            return exports;
        for (const target of targets) {
            const filename = matchedFile(target, exports, baseDir);
            if (filename === undefined) {
                if (log_js_1.debugEnabled)
                    (0, log_js_1.debug)('cjs', `"${name}" matched ${target.name} by name, but ${baseDir ?? '(no dir)'} is not that file; skipped`);
                continue;
            }
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('cjs', `matched ${target.name} at ${filename}`);
            exports = fireOnModule(target, exports, filename, baseDir);
        }
        return exports;
    }
    for (const target of registry.targets())
        addTarget(target);
    registry.onNewTarget(addTarget);
    // The require in place before the filter is what it bypasses to, and what
    // RITM is made over (RITM keeps the same function privately).
    const below = node_module_1.Module.prototype.require;
    let hookedRequire;
    let making = false;
    function hooked() {
        if (hookedRequire !== undefined)
            return hookedRequire;
        // require-in-the-middle's own require() calls while it loads (its
        // module-details-from-path may be a target): autowrapt's, never hooked.
        if (making)
            return below;
        making = true;
        try {
            const { Hook } = (0, load_ritm_js_1.loadRequireInTheMiddle)();
            hookedRequire = (0, filter_js_1.makeBelow)(below, () => new Hook(whitelist, { internals: false }, onrequire));
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('cjs', `require-in-the-middle made at the first require() that may reach a target, for ${whitelist.join(', ')}`);
        }
        catch (error) {
            hookedRequire = below;
            onUnavailable(error);
        }
        finally {
            making = false;
        }
        return hookedRequire;
    }
    (0, filter_js_1.installRequireFilter)(below, hooked, (name) => targetPackages.has(name));
    (0, loaded_by_filename_js_1.installLoadByFilename)((name) => targetPackages.has(name), onrequire);
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('cjs', `require filter installed for ${whitelist.join(', ') || '(no targets yet)'}`);
}
