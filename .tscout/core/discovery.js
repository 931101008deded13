"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseBootstrapName = parseBootstrapName;
exports.defaultBases = defaultBases;
exports.resolveBootstrapName = resolveBootstrapName;
// Discovery: what one name of AUTOWRAPT_BOOTSTRAP means, the analogue of
// setuptools entry points. `acme` is a package (its `hooks`), `acme:exp` is that
// package's group `exp`, and a name that is no installed package is a group
// looked up across the application's declared dependencies. Only package.json
// files are read here; hook code loads later, when its target loads.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const manifest_js_1 = require("./manifest.js");
const log_js_1 = require("../report/log.js");
const package_info_js_1 = require("./package-info.js");
const plain_object_js_1 = require("./plain-object.js");
const problem_js_1 = require("./problem.js");
const targets_js_1 = require("./targets.js");
const bootstrap_suggestion_js_1 = require("./bootstrap-suggestion.js");
/** Classifies a bootstrap name, or says (AUTOWRAPT_INVALID_NAME) why it is refused (paths, URLs, junk). */
function parseBootstrapName(name) {
    const refuse = (reason) => (0, problem_js_1.fail)(log_js_1.WarningCode.InvalidName, reason);
    if (/^[./~\\]/.test(name) ||
        name.includes('\\') ||
        /^[a-z]:[\\/]/i.test(name) ||
        /^[a-z][a-z0-9+.-]*:\/\//i.test(name) ||
        name.startsWith('file:')) {
        return refuse(`"${name}" looks like a path or URL; AUTOWRAPT_BOOTSTRAP takes package names and group names only`);
    }
    const qualified = (0, targets_js_1.splitAtPackageColon)(name);
    if (qualified) {
        const { packageName, rest: group } = qualified;
        if (!(0, targets_js_1.isPackageName)(packageName))
            return refuse(`"${packageName}" in "${name}" is not a valid package name`);
        if (!manifest_js_1.GROUP_NAME.test(group))
            return refuse(`"${group}" in "${name}" is not a valid group name`);
        return (0, problem_js_1.ok)({ kind: 'package-group', packageName, group });
    }
    if ((0, targets_js_1.isPackageName)(name))
        return (0, problem_js_1.ok)({ kind: 'package', packageName: name });
    if (manifest_js_1.GROUP_NAME.test(name))
        return (0, problem_js_1.ok)({ kind: 'group', group: name });
    return refuse(`"${name}" is neither a package name nor a group name`);
}
/** The working directory, or undefined when it was deleted (process.cwd() then throws). */
function workingDirectory() {
    try {
        return process.cwd();
    }
    catch (error) {
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)('core', `no working directory (${error.message}); resolving from the main script's directory only`);
        return undefined;
    }
}
/**
 * The main script's directory as Node sees require.main: symlinks resolved
 * (a CLI started through node_modules/.bin), unless --preserve-symlinks-main.
 */
function mainScriptDirectory() {
    const main = process.argv[1];
    if (!main)
        return undefined;
    try {
        const path = (0, node_path_1.resolve)(main);
        return (0, node_path_1.dirname)(process.execArgv.includes('--preserve-symlinks-main') ? path : (0, node_fs_1.realpathSync)(path));
    }
    catch {
        return undefined;
    }
}
/** Where patch packages are resolved from: the working directory, then the main script's directory. */
function defaultBases() {
    const bases = [];
    for (const dir of [workingDirectory(), mainScriptDirectory()])
        if (dir !== undefined && !bases.includes(dir))
            bases.push(dir);
    return bases;
}
function loadPatchPackage(packageName, bases) {
    const dir = (0, package_info_js_1.findPackageDir)(packageName, bases);
    if (dir === undefined)
        return undefined;
    const json = (0, package_info_js_1.readPackageJson)(dir);
    return { pkg: { name: packageName, dir, version: typeof json.version === 'string' ? json.version : undefined }, field: json.autowrapt };
}
/** Field problems as the runtime words them: the message names the package.json, the JSON path stays as found. */
function problemsOf(pkg, problems) {
    return problems.map((p) => ({ ...p, message: `package "${pkg.name}" (${pkg.dir}/package.json): ${p.jsonPath}: ${p.message}` }));
}
/** Packages the application declares: dependencies, optionalDependencies, then devDependencies. */
function applicationDependencies(bases) {
    const appDir = (0, package_info_js_1.findNearestPackageDir)(bases);
    if (appDir === undefined)
        return [];
    const json = (0, package_info_js_1.readPackageJson)(appDir);
    const names = [];
    for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
        const deps = json[field];
        if (!(0, plain_object_js_1.isPlainObject)(deps))
            continue;
        for (const dep of Object.keys(deps)) {
            // A key that is no package name ("../x") would be looked up as a path outside node_modules.
            if (!(0, targets_js_1.isPackageName)(dep)) {
                if (log_js_1.debugEnabled)
                    (0, log_js_1.debug)('core', `dependency key ${JSON.stringify(dep)} in ${appDir}/package.json is not a package name; not searched for groups`);
                continue;
            }
            if (!names.includes(dep))
                names.push(dep);
        }
    }
    return names;
}
/**
 * Resolves one bootstrap name to hook declarations without registering or
 * loading anything. Used by bootstrap and by `autowrapt list`.
 */
function resolveBootstrapName(name, bases = defaultBases()) {
    const result = { name, packages: [], declarations: [], tracing: [], problems: [] };
    const checked = parseBootstrapName(name);
    if (!checked.ok) {
        result.problems.push({ ...checked.problem, message: `${checked.problem.message}; ignored` });
        return result;
    }
    const parsed = checked.value;
    if (parsed.kind !== 'group') {
        const found = loadPatchPackage(parsed.packageName, bases);
        if (found !== undefined) {
            const manifest = (0, manifest_js_1.readManifest)(found.field);
            result.packages.push(found.pkg);
            result.problems.push(...problemsOf(found.pkg, manifest.problems));
            let specs = manifest.hooks;
            let tracing = manifest.tracing;
            if (parsed.kind === 'package-group') {
                const group = manifest.groups.get(parsed.group);
                if (group === undefined) {
                    result.problems.push({
                        code: log_js_1.WarningCode.UnknownGroup,
                        jsonPath: null,
                        message: `package "${found.pkg.name}" has no group "${parsed.group}" (groups: ${[...manifest.groups.keys()].join(', ') || 'none'})`,
                    });
                }
                specs = group ?? [];
                tracing = manifest.groupTracing.get(parsed.group) ?? [];
            }
            for (const spec of specs)
                result.declarations.push({ pkg: found.pkg, spec });
            for (const spec of tracing)
                result.tracing.push({ pkg: found.pkg, spec });
            return result;
        }
        if (parsed.kind === 'package-group') {
            result.problems.push({
                code: log_js_1.WarningCode.UnknownName,
                jsonPath: null,
                message: `package "${parsed.packageName}" (from "${name}") is not installed where ${bases.join(' or ')} can see it${(0, bootstrap_suggestion_js_1.didYouMean)(name, bases, applicationDependencies(bases))}`,
            });
            return result;
        }
    }
    const group = parsed.kind === 'group' ? parsed.group : parsed.packageName;
    for (const dep of applicationDependencies(bases)) {
        const found = loadPatchPackage(dep, bases);
        if (found === undefined || !(0, plain_object_js_1.isPlainObject)(found.field))
            continue;
        const manifest = (0, manifest_js_1.readManifest)(found.field);
        const specs = manifest.groups.get(group);
        if (specs === undefined)
            continue;
        result.packages.push(found.pkg);
        const prefix = (0, manifest_js_1.keyPath)('autowrapt.groups', group);
        result.problems.push(...problemsOf(found.pkg, manifest.problems.filter((p) => (0, manifest_js_1.isWithinPath)(prefix, p.jsonPath))));
        for (const spec of specs)
            result.declarations.push({ pkg: found.pkg, spec });
        for (const spec of manifest.groupTracing.get(group) ?? [])
            result.tracing.push({ pkg: found.pkg, spec });
    }
    if (result.packages.length === 0) {
        result.problems.push({
            code: log_js_1.WarningCode.UnknownName,
            jsonPath: null,
            message: `"${name}" is neither an installed package nor a group of any dependency of the application (looked from ${bases.join(' and ')})${(0, bootstrap_suggestion_js_1.didYouMean)(name, bases, applicationDependencies(bases))}`,
        });
    }
    return result;
}
