"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.packageFileOf = packageFileOf;
exports.packageNameInUrl = packageNameInUrl;
exports.createEntryIndex = createEntryIndex;
// Which tracing entries name a file, asked for every file that loads, so the
// answer must be cheap: a file belongs to the package after its last
// `node_modules/` segment (also for pnpm's `.pnpm/<id>/node_modules/<name>`),
// and only a package some entry names is looked at further.
const node_path_1 = require("node:path");
const MARKER = `${node_path_1.sep}node_modules${node_path_1.sep}`;
/** Package name, root and relative path of a file under node_modules, or undefined. */
function packageFileOf(filename) {
    const at = filename.lastIndexOf(MARKER);
    if (at === -1)
        return undefined;
    const start = at + MARKER.length;
    let end = filename.indexOf(node_path_1.sep, start);
    if (end === -1)
        return undefined;
    if (filename[start] === '@') {
        end = filename.indexOf(node_path_1.sep, end + 1);
        if (end === -1)
            return undefined;
    }
    const packageName = filename.slice(start, end).split(node_path_1.sep).join('/');
    const path = filename
        .slice(end + 1)
        .split(node_path_1.sep)
        .join('/');
    return { packageName, dir: filename.slice(0, end), path };
}
/**
 * The package a file: URL under node_modules belongs to, from the URL string
 * alone (no path conversion), or undefined. Cheap enough for every load.
 */
function packageNameInUrl(url) {
    const at = url.lastIndexOf('/node_modules/');
    if (at === -1)
        return undefined;
    const start = at + '/node_modules/'.length;
    let end = url.indexOf('/', start);
    if (end !== -1 && url.charCodeAt(start) === 64 /* @ */)
        end = url.indexOf('/', end + 1);
    return end === -1 ? undefined : decodeURIComponent(url.slice(start, end));
}
function createEntryIndex() {
    const byPackage = new Map();
    return {
        add(records) {
            for (const record of records) {
                let list = byPackage.get(record.spec.moduleName);
                if (list === undefined)
                    byPackage.set(record.spec.moduleName, (list = []));
                list.push(record);
            }
        },
        /** The entries naming this file, or undefined (the common case, decided without allocation for most files). */
        match(filename) {
            if (byPackage.size === 0 || !filename.includes(MARKER))
                return undefined;
            const file = packageFileOf(filename);
            if (file === undefined)
                return undefined;
            const candidates = byPackage.get(file.packageName);
            if (candidates === undefined)
                return undefined;
            const records = candidates.filter((r) => r.spec.filePath === file.path);
            return records.length === 0 ? undefined : { ...file, records };
        },
        /** Whether some entry names this package: a Map lookup, for the per-load fast path. */
        hasPackage(name) {
            return byPackage.has(name);
        },
    };
}
