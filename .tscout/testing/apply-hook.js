"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyHook = applyHook;
// Loading one declared hook and applying it to one target, in this process:
// for fast unit tests of a hook against the real target package, without the
// preload, the registry or a child process. The hook file is found, checked
// and loaded exactly as the runtime does it, so a broken file fails here with
// the runtime's message.
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
const hook_loader_js_1 = require("../core/hook-loader.js");
const manifest_js_1 = require("../core/manifest.js");
const package_info_js_1 = require("../core/package-info.js");
const targets_js_1 = require("../core/targets.js");
const versions_js_1 = require("../core/versions.js");
function findSpec(packageName, dir, target, group) {
    const manifest = (0, manifest_js_1.readManifest)((0, package_info_js_1.readPackageJson)(dir)?.autowrapt);
    const specs = group === undefined ? manifest.hooks : manifest.groups.get(group);
    const where = group === undefined ? `"${packageName}"` : `group "${group}" of "${packageName}"`;
    if (specs === undefined)
        throw new Error(`autowrapt/testing applyHook(): package "${packageName}" has no group "${group}" (groups: ${[...manifest.groups.keys()].join(', ') || 'none'})`);
    const spec = specs.find((s) => s.target.name === target.name);
    if (spec !== undefined)
        return spec;
    const problems = manifest.problems.map((p) => `; ${p.jsonPath}: ${p.message}`).join('');
    throw new Error(`autowrapt/testing applyHook(): ${where} declares no hook on "${target.name}" (it declares: ${specs.map((s) => s.key).join(', ') || 'none'})${problems}`);
}
function moduleInfo(target, requireFromCwd) {
    if (target.kind === 'builtin')
        return { name: target.name, format: 'builtin' };
    let filename;
    try {
        filename = requireFromCwd.resolve(target.name);
    }
    catch {
        return { name: target.name, format: 'commonjs' };
    }
    const owner = (0, package_info_js_1.packageOfFile)(filename);
    return {
        name: target.name,
        format: 'commonjs',
        filename,
        ...(owner?.version ? { version: owner.version } : {}),
        ...(owner ? { baseDir: owner.dir } : {}),
    };
}
/**
 * Loads the hook `patchPackage` declares for `target` and calls it on the
 * target's exports, in this process, as the runtime would for a CommonJS
 * instance. Throws when the package, the declaration or the hook file cannot
 * be found or loaded (with the runtime's message), or when the target's
 * installed version is outside the hook's `versions` range.
 *
 * It patches the module in this process's require cache: give `exports` (a
 * fresh copy) to keep tests apart, or use runWithHooks for load-order effects.
 *
 * @example
 * const { exports: pino } = applyHook({ patchPackage: 'acme-pino', target: 'pino' })
 * pino().info('goes through the hook')
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped by default, as PostImportHook's exports: a test names the module type when it wants one
function applyHook(options) {
    const cwd = options.cwd ?? process.cwd();
    const target = (0, targets_js_1.toTarget)(options.target);
    const dir = (0, package_info_js_1.findPackageDir)(options.patchPackage, [cwd]);
    if (dir === undefined)
        throw new Error(`autowrapt/testing applyHook(): patch package "${options.patchPackage}" is not installed where ${cwd} can see it`);
    const spec = findSpec(options.patchPackage, dir, target, options.group);
    const origin = { packageName: options.patchPackage, packageDir: dir, file: spec.file, exportName: spec.exportName, group: spec.group };
    const hook = (0, hook_loader_js_1.createHookLoader)(origin)();
    const requireFromCwd = (0, node_module_1.createRequire)((0, node_path_1.join)(cwd, 'noop.js'));
    const info = moduleInfo(target, requireFromCwd);
    if (spec.versions !== undefined &&
        info.format !== 'builtin' &&
        (info.version === undefined || !(0, versions_js_1.satisfiesRange)(info.version, spec.versions))) {
        throw new Error(`autowrapt/testing applyHook(): ${target.name} ${info.version ?? '(no version)'} is outside the hook's range "${spec.versions}"; the runtime would skip it (skipped-version)`);
    }
    const exports = options.exports ?? requireFromCwd(target.kind === 'builtin' ? `node:${target.name}` : target.name);
    const returned = hook(exports, info);
    if (info.format === 'builtin')
        (0, node_module_1.syncBuiltinESMExports)();
    const replaced = returned !== undefined && info.format !== 'builtin';
    return { exports: (replaced ? returned : exports), returned, info, hook, ref: (0, manifest_js_1.hookRef)(spec) };
}
