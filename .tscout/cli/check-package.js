"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkPatchPackage = checkPatchPackage;
// `autowrapt check` on one package directory: the field (schema, runtime
// reading, ranges), the package name, and each hook file: it exists inside the
// package, npm would publish it, and it exports a function where declared.
// Unlike `list`, this loads hook files, each in its own child process.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const manifest_js_1 = require("../core/manifest.js");
const plain_object_js_1 = require("../core/plain-object.js");
const targets_js_1 = require("../core/targets.js");
const log_js_1 = require("../report/log.js");
const field_check_js_1 = require("./field-check.js");
const packed_files_js_1 = require("./packed-files.js");
const hook_files_js_1 = require("../core/hook-files.js");
const problems_js_1 = require("./problems.js");
const probe_exports_js_1 = require("./probe-exports.js");
const hook_export_js_1 = require("../core/hook-export.js");
const tracing_entries_js_1 = require("./tracing-entries.js");
/** Reads `<dir>/package.json`, or throws an error that says what is wrong. */
function readPackage(dir) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'package.json'), 'utf8');
    }
    catch {
        throw new Error(`no package.json in ${dir}; give the root directory of a patch package`);
    }
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte-order mark, as Node and npm accept
    }
    catch (error) {
        throw new Error(`${(0, node_path_1.join)(dir, 'package.json')} is not valid JSON: ${error.message}`);
    }
    if (!(0, plain_object_js_1.isPlainObject)(json))
        throw new Error(`${(0, node_path_1.join)(dir, 'package.json')} does not hold a JSON object`);
    return json;
}
/** Whether npm would publish a file; every file counts as published when npm cannot say (a note says so). */
function publishedFiles(dir, files, timeoutMs, problems, notes) {
    if (files !== undefined && (!Array.isArray(files) || files.some((f) => typeof f !== 'string'))) {
        problems.push({ code: problems_js_1.CheckCode.FilesField, jsonPath: 'files', message: 'must be an array of file, directory or glob strings' });
        return () => true;
    }
    const packed = (0, packed_files_js_1.packedFiles)(dir, timeoutMs);
    if (packed.ok)
        return (file) => packed.value.has(file);
    notes.push(`${packed.problem.message}; whether hook files would be published was not checked`);
    return () => true;
}
/** Checks every hook file once, then each declaration's export against what that file exports. */
function checkHookFiles(dir, specs, published, timeoutMs, problems) {
    const byFile = new Map();
    for (const spec of specs)
        byFile.set(spec.file, [...(byFile.get(spec.file) ?? []), spec]);
    for (const [file, fileSpecs] of byFile) {
        const first = fileSpecs[0];
        const located = (0, hook_files_js_1.locateHookFile)(dir, file);
        if (!located.ok) {
            for (const spec of fileSpecs)
                problems.push({ ...located.problem, jsonPath: spec.jsonPath, message: (0, problems_js_1.wouldRefuse)(located.problem) });
            continue;
        }
        // The file that would load (a directory hook resolves to its main or
        // index.js): that is what npm must publish.
        if (!published(file) && !published((0, node_path_1.relative)((0, node_fs_1.realpathSync)(dir), located.value))) {
            problems.push({
                code: problems_js_1.CheckCode.NotPublished,
                jsonPath: first.jsonPath,
                message: `hook file ${file} is not covered by "files", so npm would not publish it; add it (or its directory) to "files"`,
            });
        }
        const names = [...new Set(fileSpecs.map((s) => s.exportName ?? null))];
        const probe = (0, probe_exports_js_1.probeExports)(located.value, names, dir, timeoutMs);
        for (const spec of fileSpecs) {
            if (!probe.ok) {
                problems.push({ ...probe.problem, jsonPath: spec.jsonPath, message: `hook file ${file} ${probe.problem.message}` });
                continue;
            }
            const shape = probe.value.get(spec.exportName ?? null);
            if (shape.found !== 'function') {
                problems.push({
                    code: log_js_1.WarningCode.HookExport,
                    jsonPath: spec.jsonPath,
                    message: `hook file ${(0, manifest_js_1.hookRef)(spec)} ${(0, hook_export_js_1.missingExportMessage)(spec.exportName, shape)}`,
                });
            }
        }
    }
    return byFile.size;
}
/** Checks the patch package at `dir` as it would be published. */
function checkPatchPackage(dir, timeoutMs) {
    const json = readPackage(dir);
    const field = (0, field_check_js_1.checkField)(json.autowrapt);
    const problems = [...field.problems];
    const name = typeof json.name === 'string' ? json.name : null;
    const validName = name !== null && (0, targets_js_1.isPackageName)(name);
    if (!validName) {
        problems.unshift({
            code: problems_js_1.CheckCode.PackageName,
            jsonPath: 'name',
            message: 'a patch package needs a valid package name: AUTOWRAPT_BOOTSTRAP refers to it by name',
        });
    }
    const notes = [];
    // npm cannot pack a package without a valid name, which is already a problem.
    const published = validName ? publishedFiles(dir, json.files, timeoutMs, problems, notes) : () => true;
    const hookFiles = checkHookFiles(dir, field.specs, published, timeoutMs, problems);
    const tracing = (0, tracing_entries_js_1.checkTracing)(field.tracing, dir);
    problems.push(...tracing.problems);
    notes.push(...tracing.notes);
    if (json.exports !== undefined && field.specs.length > 0) {
        notes.push('package.json has an "exports" map: hook files are loaded by their path, which "exports" does not restrict, so they need not be listed there');
    }
    if (json.autowrapt !== undefined && field.specs.length === 0 && field.tracing.length === 0 && problems.length === 0)
        notes.push('the package declares no hooks');
    return {
        name,
        version: typeof json.version === 'string' ? json.version : null,
        dir,
        hooks: field.specs.length,
        tracing: field.tracing.length,
        hookFiles,
        groups: field.groups,
        problems,
        notes,
    };
}
