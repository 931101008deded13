"use strict";
// Why a hook file's export is not a hook, worded once for the runtime
// (hook-loader.ts) and `autowrapt check` (which loads the file in a child
// process and reports the same facts): what was found, what the file does
// export, and the likely fix.
Object.defineProperty(exports, "__esModule", { value: true });
exports.exportShape = exportShape;
exports.missingExportMessage = missingExportMessage;
const MAX_NAMES = 12;
/** The shape of `loaded` for the export that was looked for. */
function exportShape(loaded, picked) {
    const functions = [];
    const others = [];
    if ((typeof loaded === 'object' && loaded !== null) || typeof loaded === 'function') {
        try {
            for (const name of Object.keys(loaded)) {
                if (name !== '__esModule')
                    (typeof loaded[name] === 'function' ? functions : others).push(name);
            }
        }
        catch {
            // A getter that throws: report what was read so far.
        }
    }
    return { found: typeof picked, moduleType: typeof loaded, functions, others };
}
function quoted(names) {
    const shown = names
        .slice(0, MAX_NAMES)
        .map((n) => `"${n}"`)
        .join(', ');
    return `${shown}${names.length > MAX_NAMES ? `, and ${names.length - MAX_NAMES} more` : ''}`;
}
function listExports(shape) {
    if (shape.functions.length > 0)
        return `the functions it exports: ${quoted(shape.functions)}`;
    if (shape.others.length > 0)
        return `it exports no function (its exports: ${quoted(shape.others)})`;
    return 'it exports nothing by name';
}
/**
 * `has no function as its export "x" (found nothing); <hint>`. The hint names
 * what the file exports; when module.exports itself is the function, it says
 * to drop `#x`.
 */
function missingExportMessage(exportName, shape) {
    const found = shape.found === 'undefined' ? 'nothing' : shape.found;
    if (exportName !== undefined) {
        const hint = shape.moduleType === 'function' ? `module.exports is itself a function: drop "#${exportName}" to use it` : listExports(shape);
        return `has no function as its export "${exportName}" (found ${found}); ${hint}`;
    }
    const hint = shape.functions.length > 0 ? `; name one with "#<export>": ${quoted(shape.functions)}` : `; ${listExports(shape)}`;
    return `has no function as its default export (module.exports or exports.default; found ${found})${hint}`;
}
