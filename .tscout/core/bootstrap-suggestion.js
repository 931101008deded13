"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bootstrapCandidates = bootstrapCandidates;
exports.didYouMean = didYouMean;
// "Did you mean ...?" for an AUTOWRAPT_BOOTSTRAP name that matched nothing: the
// candidates are the installed patch packages (packages whose package.json has an
// `autowrapt` field, in the node_modules folders the name was looked up in), their
// `package:group`s and dependency groups. Only on that error path: reading is fine.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const did_you_mean_js_1 = require("./did-you-mean.js");
const package_info_js_1 = require("./package-info.js");
// Not package-info's cached reader: this scans every installed package once,
// and keeping all of them parsed for the life of the application would cost memory.
function readPatchPackageJson(dir) {
    try {
        const text = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'package.json'), 'utf8');
        return text.includes('"autowrapt"') ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
function packageDirs(modules) {
    let entries;
    try {
        entries = (0, node_fs_1.readdirSync)(modules);
    }
    catch {
        return [];
    }
    const dirs = [];
    for (const entry of entries) {
        if (entry.startsWith('.'))
            continue;
        if (!entry.startsWith('@')) {
            dirs.push((0, node_path_1.join)(modules, entry));
            continue;
        }
        try {
            for (const scoped of (0, node_fs_1.readdirSync)((0, node_path_1.join)(modules, entry)))
                dirs.push((0, node_path_1.join)(modules, entry, scoped));
        }
        catch {
            // an unreadable scope folder has no candidates
        }
    }
    return dirs;
}
/**
 * Every name AUTOWRAPT_BOOTSTRAP could use here: patch packages, `package:group`,
 * and bare group names of the application's dependencies (`dependencies`: only
 * those are searched for a bare group name).
 */
function bootstrapCandidates(bases, dependencies) {
    const names = new Set();
    for (const base of bases) {
        for (const modules of (0, package_info_js_1.nodeModulesPaths)(base)) {
            for (const dir of packageDirs(modules)) {
                const json = readPatchPackageJson(dir);
                const field = json?.autowrapt;
                if (typeof json?.name !== 'string' || typeof field !== 'object' || field === null)
                    continue;
                names.add(json.name);
                const groups = field.groups;
                if (typeof groups !== 'object' || groups === null)
                    continue;
                for (const group of Object.keys(groups)) {
                    names.add(`${json.name}:${group}`);
                    if (dependencies.includes(json.name))
                        names.add(group);
                }
            }
        }
    }
    return [...names];
}
/** `; did you mean "x"?` for an unknown name, or ''. */
function didYouMean(name, bases, dependencies) {
    const suggestion = (0, did_you_mean_js_1.closest)(name, bootstrapCandidates(bases, dependencies));
    return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}
