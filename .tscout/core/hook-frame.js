"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.frameInPackage = frameInPackage;
exports.withHookStacks = withHookStacks;
exports.atFrame = atFrame;
// Where in a patch package an error came from: the first stack frame inside the
// package (its own files, not its node_modules), as `hooks/pg.js:12:5`, so a
// warning about a failing hook points at the line to fix without
// AUTOWRAPT_STRICT=1.
const node_path_1 = require("node:path");
const node_url_1 = require("node:url");
// `    at fn (/abs/file.js:12:5)`, `    at /abs/file.js:12:5`, `    at file:///abs/file.mjs:12:5`
const FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;
// A SyntaxError from compiling a CommonJS file starts with `/abs/file.js:12`.
const COMPILE_LOCATION = /^(.+?):(\d+)$/;
function stackOf(error) {
    try {
        const stack = error?.stack;
        return typeof stack === 'string' ? stack : undefined;
    }
    catch {
        return undefined;
    }
}
function insidePackage(packageDir, location) {
    let file = location;
    if (file.startsWith('file://')) {
        try {
            file = (0, node_url_1.fileURLToPath)(file);
        }
        catch {
            return undefined;
        }
    }
    if (!(0, node_path_1.isAbsolute)(file))
        return undefined;
    const rel = (0, node_path_1.relative)(packageDir, file);
    if (rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) || rel.split(node_path_1.sep).includes('node_modules'))
        return undefined;
    return rel.split(node_path_1.sep).join('/');
}
/** `file:line:column` of the first frame of `error` inside `packageDir`, or undefined. */
function frameInPackage(error, packageDir) {
    const stack = stackOf(error);
    if (stack === undefined)
        return undefined;
    const lines = stack.split('\n');
    for (const line of lines) {
        const match = FRAME.exec(line);
        if (match === null)
            continue;
        const file = insidePackage(packageDir, match[1]);
        if (file !== undefined)
            return `${file}:${match[2]}:${match[3]}`;
    }
    const compile = COMPILE_LOCATION.exec(lines[0] ?? '');
    const file = compile && insidePackage(packageDir, compile[1]);
    return file ? `${file}:${compile[2]}` : undefined;
}
// Node's default of 10 frames is too few when a hook file's require() goes
// through module.registerHooks (a missing module's error carries 10 frames of
// loader internals before the hook file's own): deeper stacks while hook code
// runs, restored after.
const HOOK_STACK_DEPTH = 50;
/** Runs hook code (loading a hook file, calling a hook) with stacks deep enough to reach the hook's frame. */
function withHookStacks(run) {
    const saved = Error.stackTraceLimit;
    const raise = !(saved >= HOOK_STACK_DEPTH); // also when it is not a number
    if (raise)
        trySetLimit(HOOK_STACK_DEPTH);
    try {
        return run();
    }
    finally {
        // Put back only our own change: a limit the hook set on purpose stays.
        if (raise && Error.stackTraceLimit === HOOK_STACK_DEPTH)
            trySetLimit(saved);
    }
}
function trySetLimit(limit) {
    try {
        Error.stackTraceLimit = limit;
    }
    catch {
        // A frozen Error (some hardened environments) keeps its own limit.
    }
}
/** ` at hooks/pg.js:12:5` when the error came from inside the package, else ''. */
function atFrame(error, packageDir) {
    if (packageDir === undefined)
        return '';
    const frame = frameInPackage(error, packageDir);
    return frame === undefined ? '' : ` at ${frame}`;
}
