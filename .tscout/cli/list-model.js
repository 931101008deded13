"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listName = listName;
// What `autowrapt list` reports for each bootstrap name: discovery's own answer
// (packages, declarations, problems) plus the checks the runtime would only
// make later, when a target loads: the hook file exists and stays inside its
// package, and the version range is valid. Nothing here loads hook code.
const node_path_1 = require("node:path");
const discovery_js_1 = require("../core/discovery.js");
const log_js_1 = require("../report/log.js");
const manifest_js_1 = require("../core/manifest.js");
const package_info_js_1 = require("../core/package-info.js");
const versions_js_1 = require("../core/versions.js");
const hook_files_js_1 = require("../core/hook-files.js");
const problems_js_1 = require("./problems.js");
const installed_target_js_1 = require("./installed-target.js");
const tracing_entries_js_1 = require("./tracing-entries.js");
function groupsOf(dir) {
    return [...(0, manifest_js_1.readManifest)((0, package_info_js_1.readPackageJson)(dir)?.autowrapt).groups.keys()];
}
/** One declaration as listed, with the problems the runtime would only find when its target loads. */
function listHook({ pkg, spec }, problems, bases) {
    const located = (0, hook_files_js_1.locateHookFile)(pkg.dir, spec.file);
    if (!located.ok) {
        problems.push({
            ...located.problem,
            jsonPath: spec.jsonPath,
            message: `package "${pkg.name}": ${spec.jsonPath}: ${(0, problems_js_1.wouldRefuse)(located.problem)}`,
        });
    }
    if (spec.versions !== undefined && !(0, versions_js_1.isValidRange)(spec.versions)) {
        const jsonPath = `${spec.jsonPath}.versions`;
        problems.push({
            code: log_js_1.WarningCode.InvalidRange,
            jsonPath,
            message: `package "${pkg.name}": ${jsonPath}: invalid semver range ${JSON.stringify(spec.versions)}`,
        });
    }
    return {
        target: spec.key,
        targetKind: spec.target.kind,
        package: pkg.name,
        group: spec.group ?? null,
        file: spec.file,
        export: spec.exportName ?? null,
        path: located.ok ? located.value : (0, node_path_1.join)(pkg.dir, spec.file),
        versions: spec.versions ?? null,
        ...(0, installed_target_js_1.installedTarget)(spec.target, spec.versions, bases),
    };
}
/** Resolves one bootstrap name the way the runtime would, and validates what it finds. */
function listName(name, bases) {
    const parsed = (0, discovery_js_1.parseBootstrapName)(name);
    const discovery = (0, discovery_js_1.resolveBootstrapName)(name, bases);
    const problems = [...discovery.problems];
    const hooks = discovery.declarations.map((d) => listHook(d, problems, bases));
    return {
        name,
        // A package name that is not installed falls back to a group lookup; report what it turned out to be.
        kind: !parsed.ok
            ? 'invalid'
            : parsed.value.kind === 'package' && !discovery.packages.some((p) => p.name === name)
                ? 'group'
                : parsed.value.kind,
        packages: discovery.packages.map((p) => ({ name: p.name, version: p.version ?? null, dir: p.dir, groups: groupsOf(p.dir) })),
        hooks,
        tracing: discovery.tracing.map((d) => (0, tracing_entries_js_1.listTracing)(d, bases)),
        problems,
    };
}
