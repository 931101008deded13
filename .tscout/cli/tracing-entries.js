"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listTracing = listTracing;
exports.allTracingSpecs = allTracingSpecs;
exports.checkTracing = checkTracing;
// The CLI's view of declarative tracing entries. `list` shows each entry with
// its channel and what is installed; `check` validates each against the
// installed package it names: the file exists in that version, the range is
// valid, and a dry run of the transformer finds the function (what the runtime
// would otherwise report as no-match or failed when the file loads).
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const package_info_js_1 = require("../core/package-info.js");
const tracing_spec_js_1 = require("../core/tracing-spec.js");
const versions_js_1 = require("../core/versions.js");
const source_text_js_1 = require("../tracing/source-text.js");
const transform_js_1 = require("../tracing/transform.js");
const log_js_1 = require("../report/log.js");
const problems_js_1 = require("./problems.js");
function installedPackage(name, bases) {
    const dir = (0, package_info_js_1.findPackageDir)(name, bases);
    if (dir === undefined)
        return undefined;
    const version = (0, package_info_js_1.readPackageJson)(dir)?.version;
    return { dir, version: typeof version === 'string' ? version : undefined };
}
function listTracing({ pkg, spec }, bases) {
    const installed = installedPackage(spec.moduleName, [pkg.dir, ...bases]);
    return {
        package: pkg.name,
        group: spec.group ?? null,
        module: spec.moduleName,
        filePath: spec.filePath,
        versionRange: spec.versionRange ?? null,
        query: (0, tracing_spec_js_1.describeQuery)(spec),
        channel: (0, tracing_spec_js_1.channelOf)(spec),
        installed: installed ? (installed.version ?? '(no version)') : null,
        fileExists: installed ? (0, node_fs_1.existsSync)((0, node_path_1.join)(installed.dir, spec.filePath)) : null,
    };
}
/** Every tracing entry of a manifest: `tracing`, then each group's. */
function allTracingSpecs(manifest) {
    return [...manifest.tracing, ...[...manifest.groupTracing.values()].flat()];
}
// A dry run of the runtime's own transform on the installed file.
function dryRun(spec, installed, file) {
    const source = (0, node_fs_1.readFileSync)(file, 'utf8');
    const format = (0, source_text_js_1.formatOf)(undefined, file, source, (0, package_info_js_1.readPackageJson)(installed.dir)?.type) ?? 'commonjs';
    let outcome;
    const match = {
        packageName: spec.moduleName,
        dir: installed.dir,
        path: spec.filePath,
        records: [{ spec: { ...spec, versionRange: undefined } }],
    };
    (0, transform_js_1.transformFile)(source, file, format, match, (_record, o) => (outcome = o), false);
    return outcome;
}
/** Checks each entry against the package installed from `dir`; returns problems and notes. */
function checkTracing(specs, dir) {
    const problems = [];
    const notes = [];
    for (const spec of specs) {
        if (spec.versionRange !== undefined && !(0, versions_js_1.isValidRange)(spec.versionRange)) {
            problems.push({
                code: log_js_1.WarningCode.InvalidRange,
                jsonPath: `${spec.jsonPath}.module.versionRange`,
                message: `invalid semver range ${JSON.stringify(spec.versionRange)}`,
            });
            continue;
        }
        const installed = installedPackage(spec.moduleName, [dir, process.cwd()]);
        if (installed === undefined) {
            notes.push(`${spec.jsonPath}: ${spec.moduleName} is not installed where this package is, so its file and query were not checked`);
            continue;
        }
        const at = `${spec.moduleName}@${installed.version ?? '(no version)'}`;
        const file = (0, node_path_1.join)(installed.dir, spec.filePath);
        if (!(0, node_fs_1.existsSync)(file)) {
            problems.push({
                code: problems_js_1.CheckCode.TracedFile,
                jsonPath: `${spec.jsonPath}.module.filePath`,
                message: `${spec.filePath} does not exist in the installed ${at} (${installed.dir})`,
            });
            continue;
        }
        if (spec.versionRange !== undefined && (installed.version === undefined || !(0, versions_js_1.satisfiesRange)(installed.version, spec.versionRange))) {
            notes.push(`${spec.jsonPath}: the installed ${at} is outside "${spec.versionRange}", so the entry would be skipped; its query was still checked`);
        }
        const outcome = dryRun(spec, installed, file);
        if (outcome?.status === 'no-match')
            problems.push({
                code: log_js_1.WarningCode.TracingNoMatch,
                jsonPath: spec.jsonPath,
                message: `${(0, tracing_spec_js_1.describeQuery)(spec)} matches no function in ${spec.filePath} of the installed ${at}`,
            });
        if (outcome?.status === 'failed')
            problems.push({
                code: log_js_1.WarningCode.TracingFailed,
                jsonPath: spec.jsonPath,
                message: `${spec.filePath} of the installed ${at} cannot be transformed: ${outcome.error}`,
            });
    }
    return { problems, notes };
}
