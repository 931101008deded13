"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GROUP_NAME = void 0;
exports.hookRef = hookRef;
exports.keyPath = keyPath;
exports.isWithinPath = isWithinPath;
exports.checkHookPath = checkHookPath;
exports.readManifest = readManifest;
// Validation of the `autowrapt` field of a patch package's package.json. Pure:
// it returns the valid hook declarations and a list of problems (each with a
// JSON path), and never throws, so one bad entry cannot hide the good ones.
const node_path_1 = require("node:path");
const log_js_1 = require("../report/log.js");
const plain_object_js_1 = require("./plain-object.js");
const problem_js_1 = require("./problem.js");
const targets_js_1 = require("./targets.js");
const tracing_spec_js_1 = require("./tracing-spec.js");
const KNOWN_FIELDS = new Set(['hooks', 'tracing', 'groups', '$schema']);
/** What AUTOWRAPT_BOOTSTRAP can spell after `pkg:` (see discovery.ts). */
exports.GROUP_NAME = /^[\w.~-]+$/;
/** How a hook is named in messages: `hooks/pg.js#patchPg`, or just the file for a default export. */
function hookRef(hook) {
    return hook.exportName ? `${hook.file}#${hook.exportName}` : hook.file;
}
/** `parent.key`, or `parent["key"]` when the key is not an identifier. */
function keyPath(parent, key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
/** Whether JSON path `inner` is `outer` or lies inside it (`outer.x`, `outer["x"]`); null is in no path. */
function isWithinPath(outer, inner) {
    return inner !== null && (inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`));
}
/**
 * Checks that a hook path names a file inside its own package: relative, no
 * `..` escape, no absolute path, no URL. Returns the normalised path, or the
 * problem (AUTOWRAPT_UNSAFE_HOOK_PATH for an escape) with no JSON path yet.
 */
function checkHookPath(path) {
    if (path === '')
        return (0, problem_js_1.fail)(log_js_1.WarningCode.InvalidConfig, 'the hook path is empty');
    if (path.includes('\\'))
        return (0, problem_js_1.fail)(log_js_1.WarningCode.InvalidConfig, 'use "/" in hook paths');
    if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) {
        return (0, problem_js_1.fail)(log_js_1.WarningCode.UnsafeHookPath, `hook path "${path}" must be relative to the package root, not absolute or a URL`);
    }
    // `./` and `a/..` name the package root itself, which is no hook file.
    const file = node_path_1.posix.normalize(path).replace(/(.)\/+$/, '$1');
    if (file === '..' || file.startsWith('../') || file === '.' || file === './') {
        return (0, problem_js_1.fail)(log_js_1.WarningCode.UnsafeHookPath, `hook path "${path}" escapes its package`);
    }
    if (file.split('/').includes('node_modules')) {
        return (0, problem_js_1.fail)(log_js_1.WarningCode.UnsafeHookPath, `hook path "${path}" is in node_modules, which holds other packages' code; a hook must be the package's own file`);
    }
    return (0, problem_js_1.ok)(file);
}
function parseHookValue(value, jsonPath, problems) {
    let ref = value;
    let versions;
    if ((0, plain_object_js_1.isPlainObject)(value)) {
        ref = value.hook;
        // An unknown property is most likely a misspelt "versions": registering the
        // hook for every version would do what the author meant to prevent.
        const unknown = Object.keys(value).filter((k) => k !== 'hook' && k !== 'versions');
        for (const k of unknown) {
            const hint = /^vers/i.test(k) ? ' (did you mean "versions"?)' : '';
            problems.push({
                jsonPath: keyPath(jsonPath, k),
                code: log_js_1.WarningCode.InvalidConfig,
                message: `unknown property "${k}"${hint}; expected "hook" and optionally "versions"; the hook is dropped`,
            });
        }
        if (value.versions !== undefined) {
            if (typeof value.versions !== 'string' || value.versions.trim() === '') {
                problems.push({
                    jsonPath: `${jsonPath}.versions`,
                    code: log_js_1.WarningCode.InvalidRange,
                    message: 'versions must be a non-empty semver range string',
                });
                return undefined;
            }
            versions = value.versions.trim();
        }
        if (unknown.length > 0)
            return undefined;
        jsonPath = `${jsonPath}.hook`;
    }
    if (typeof ref !== 'string') {
        problems.push({
            jsonPath,
            code: log_js_1.WarningCode.InvalidConfig,
            message: 'a hook must be "<path>#<export>" or { "hook": "<path>#<export>", "versions": "<range>" }',
        });
        return undefined;
    }
    const hash = ref.indexOf('#');
    const path = hash === -1 ? ref : ref.slice(0, hash);
    const exportName = hash === -1 ? undefined : ref.slice(hash + 1);
    if (exportName !== undefined && !/^[^\s#]+$/.test(exportName)) {
        problems.push({ jsonPath, code: log_js_1.WarningCode.InvalidConfig, message: `"${ref}" has an empty or malformed export name after "#"` });
        return undefined;
    }
    const checked = checkHookPath(path);
    if (!checked.ok) {
        problems.push({ ...checked.problem, jsonPath });
        return undefined;
    }
    return { file: checked.value, exportName: exportName === 'default' ? undefined : exportName, versions };
}
// In a group, the key "tracing" with a list value holds the group's tracing
// entries; a hook value is never a list, so a package named "tracing" can still
// be a target.
function readHookTable(table, jsonPath, group, problems, tracing) {
    if (!(0, plain_object_js_1.isPlainObject)(table)) {
        problems.push({ jsonPath, code: log_js_1.WarningCode.InvalidConfig, message: 'must be an object mapping targets to hooks' });
        return [];
    }
    const specs = [];
    for (const [key, value] of Object.entries(table)) {
        const path = keyPath(jsonPath, key);
        if (tracing !== undefined && key === 'tracing' && Array.isArray(value)) {
            tracing.push(...(0, tracing_spec_js_1.readTracingList)(value, path, group, problems));
            continue;
        }
        const target = (0, targets_js_1.parseTarget)(key);
        if (!target.ok) {
            problems.push({ ...target.problem, jsonPath: path, message: `bad target: ${target.problem.message}` });
            continue;
        }
        if (target.value.kind !== 'builtin' && target.value.packageName !== target.value.packageName.toLowerCase()) {
            // Kept (a few legacy packages, like JSONStream, have capitals), but said: most often it is a typo.
            problems.push({
                jsonPath: path,
                code: log_js_1.WarningCode.InvalidConfig,
                message: `target "${key}" has upper-case letters, which npm has not allowed in package names since 2017; it only matches a legacy package spelt exactly so`,
            });
        }
        const hook = parseHookValue(value, path, problems);
        if (hook)
            specs.push({ target: target.value, key, group, jsonPath: path, ...hook });
    }
    return specs;
}
/** Reads an `autowrapt` field. `field` is whatever package.json holds under that key. */
function readManifest(field) {
    const problems = [];
    const groups = new Map();
    const groupTracing = new Map();
    if (!(0, plain_object_js_1.isPlainObject)(field)) {
        problems.push({
            jsonPath: 'autowrapt',
            code: log_js_1.WarningCode.InvalidConfig,
            message: field === undefined ? 'the package.json has no "autowrapt" field' : 'the "autowrapt" field must be an object',
        });
        return { hooks: [], tracing: [], groups, groupTracing, problems };
    }
    for (const k of Object.keys(field)) {
        if (!KNOWN_FIELDS.has(k))
            problems.push({
                jsonPath: keyPath('autowrapt', k),
                code: log_js_1.WarningCode.InvalidConfig,
                message: `unknown property "${k}" (expected "hooks", "tracing" and "groups")`,
            });
    }
    const hooks = field.hooks === undefined ? [] : readHookTable(field.hooks, 'autowrapt.hooks', undefined, problems);
    const tracing = field.tracing === undefined ? [] : (0, tracing_spec_js_1.readTracingList)(field.tracing, 'autowrapt.tracing', undefined, problems);
    if (field.groups !== undefined) {
        if (!(0, plain_object_js_1.isPlainObject)(field.groups)) {
            problems.push({
                jsonPath: 'autowrapt.groups',
                code: log_js_1.WarningCode.InvalidConfig,
                message: 'must be an object mapping group names to hook tables',
            });
        }
        else {
            for (const [name, table] of Object.entries(field.groups)) {
                if (!exports.GROUP_NAME.test(name)) {
                    problems.push({
                        jsonPath: keyPath('autowrapt.groups', name),
                        code: log_js_1.WarningCode.InvalidConfig,
                        message: `"${name}" cannot be named in AUTOWRAPT_BOOTSTRAP (group names use letters, digits, ".", "_", "~" and "-")`,
                    });
                    continue;
                }
                const entries = [];
                groups.set(name, readHookTable(table, keyPath('autowrapt.groups', name), name, problems, entries));
                groupTracing.set(name, entries);
            }
        }
    }
    if (field.$schema !== undefined && typeof field.$schema !== 'string') {
        const found = field.$schema === null ? 'null' : Array.isArray(field.$schema) ? 'array' : typeof field.$schema;
        problems.push({ jsonPath: 'autowrapt.$schema', code: log_js_1.WarningCode.InvalidConfig, message: `must be a string (found ${found})` });
    }
    return { hooks, tracing, groups, groupTracing, problems };
}
