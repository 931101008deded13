"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isPackageName = isPackageName;
exports.splitAtPackageColon = splitAtPackageColon;
exports.parseTarget = parseTarget;
exports.toTarget = toTarget;
// Target names: what a hook is attached to. One spelling per target, so that
// `http` and `node:http` are the same key and fire once.
const node_module_1 = require("node:module");
const log_js_1 = require("../report/log.js");
const problem_js_1 = require("./problem.js");
// npm's package-name rules, loosely: lowercase-insensitive, URL-safe characters,
// optional scope. We accept upper case because old packages have it.
const PACKAGE_NAME = /^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i;
const SEGMENT = /^[\w.~@+-]+$/;
function isPackageName(name) {
    return PACKAGE_NAME.test(name) && !name.startsWith('.');
}
/**
 * Splits `pkg:rest` or `@scope/pkg:rest` at the first colon after the scope
 * (AUTOWRAPT_BOOTSTRAP's `<package>:<group>`, AUTOWRAPT_DISABLE's
 * `<package>:<target>`); undefined when there is no colon.
 */
function splitAtPackageColon(entry) {
    const scopeEnd = entry.startsWith('@') ? entry.indexOf('/') : 0;
    const colon = entry.indexOf(':', Math.max(scopeEnd, 0));
    return colon === -1 ? undefined : { packageName: entry.slice(0, colon), rest: entry.slice(colon + 1) };
}
/**
 * Normalises a target key, or says (AUTOWRAPT_INVALID_CONFIG) why the key is
 * not a builtin, a package name or a file inside a package.
 */
function parseTarget(key) {
    const refuse = (reason) => (0, problem_js_1.fail)(log_js_1.WarningCode.InvalidConfig, reason);
    if (typeof key !== 'string' || key.trim() === '')
        return refuse('a target must be a non-empty string');
    if (key !== key.trim())
        return refuse('a target must not have surrounding whitespace');
    if (key.startsWith('node:')) {
        const bare = key.slice(5);
        if ((0, node_module_1.isBuiltin)(key))
            return (0, problem_js_1.ok)({ kind: 'builtin', name: (0, node_module_1.isBuiltin)(bare) ? bare : key });
        return refuse(`"${key}" is not a Node.js builtin module`);
    }
    if ((0, node_module_1.isBuiltin)(key) && !key.includes('/'))
        return (0, problem_js_1.ok)({ kind: 'builtin', name: key });
    if ((0, node_module_1.isBuiltin)(key))
        return (0, problem_js_1.ok)({ kind: 'builtin', name: key }); // e.g. fs/promises
    if (key.includes('\\'))
        return refuse('use "/" as the path separator in targets');
    if (key.startsWith('.') || key.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(key)) {
        return refuse('a target must be a package name, a file inside a package or a builtin, not a path or URL');
    }
    const parts = key.split('/');
    const scoped = key.startsWith('@');
    const packageName = scoped ? parts.slice(0, 2).join('/') : parts[0];
    if (!isPackageName(packageName))
        return refuse(`"${packageName}" is not a valid package name`);
    const rest = parts.slice(scoped ? 2 : 1);
    if (rest.length === 0)
        return (0, problem_js_1.ok)({ kind: 'package', name: packageName, packageName });
    if (rest.some((s) => s === '' || s === '.' || s === '..' || !SEGMENT.test(s))) {
        return refuse(`"${key}" is not a clean path inside package "${packageName}"`);
    }
    return (0, problem_js_1.ok)({ kind: 'file', name: key, packageName, subpath: rest.join('/') });
}
/** The target for a key, or throws a TypeError (for the public API: developer misuse). */
function toTarget(key) {
    const target = parseTarget(key);
    if (!target.ok)
        throw new TypeError(`autowrapt: invalid target ${JSON.stringify(key)}: ${target.problem.message}`);
    return target.value;
}
