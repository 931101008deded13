"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseWarnings = parseWarnings;
exports.readReports = readReports;
exports.entriesFor = entriesFor;
// Reading what a child process said: autowrapt's (and Node's) coded warnings
// from stderr, and the JSON-lines report autowrapt appended to a file.
const node_fs_1 = require("node:fs");
const WARNING_LINE = /^\(node:\d+\) \[([A-Z0-9_]+)\] (\w+): (.*)$/gm;
/** Every coded warning on `stderr`, in order (autowrapt's and Node's own, e.g. DEP0205). */
function parseWarnings(stderr) {
    return [...stderr.matchAll(WARNING_LINE)].map((m) => ({ code: m[1], type: m[2], message: m[3] }));
}
/** The reports in an AUTOWRAPT_REPORT file: one per process and thread, in the order they exited. */
function readReports(file) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(file, 'utf8');
    }
    catch {
        // No process got as far as exiting with autowrapt bootstrapped.
        return [];
    }
    return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line));
}
/** The report entries for `target` (normalised: `http`, not `node:http`), optionally of one patch package. */
function entriesFor(reports, target, patchPackage) {
    const name = target.startsWith('node:') ? target.slice(5) : target;
    return reports.flatMap((r) => r.entries).filter((e) => e.target === name && (patchPackage === undefined || e.package === patchPackage));
}
