"use strict";
// Pure parse of the AUTOWRAPT_* environment variables into a frozen, typed
// config. Nothing here touches the file system or emits anything, so it can be
// unit-tested and called cheaply at startup.
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseNameList = parseNameList;
exports.parseConfig = parseConfig;
const flags_js_1 = require("../report/flags.js");
/** Splits a comma-separated list, trimming names and dropping empties and duplicates. */
function parseNameList(value) {
    if (value === undefined)
        return [];
    const names = [];
    for (const part of value.split(',')) {
        const name = part.trim();
        if (name !== '' && !names.includes(name))
            names.push(name);
    }
    return names;
}
function parseReport(value) {
    if (value === undefined || !(0, flags_js_1.isTruthyFlag)(value))
        return undefined;
    const v = value.trim();
    // Any spelling of "on" means stderr: `yes` must not become a file named `yes`.
    return flags_js_1.TRUE_WORDS.has(v.toLowerCase()) || v.toLowerCase() === 'stderr' ? 'stderr' : v;
}
function parseConfig(env = process.env) {
    return Object.freeze({
        bootstrap: Object.freeze(parseNameList(env.AUTOWRAPT_BOOTSTRAP)),
        strict: (0, flags_js_1.isTruthyFlag)(env.AUTOWRAPT_STRICT),
        disable: Object.freeze(parseNameList(env.AUTOWRAPT_DISABLE)),
        report: parseReport(env.AUTOWRAPT_REPORT),
        esm: env.AUTOWRAPT_ESM === undefined || env.AUTOWRAPT_ESM.trim() === '' || (0, flags_js_1.isTruthyFlag)(env.AUTOWRAPT_ESM),
        esmThreadAtOnce: env.AUTOWRAPT_ESM?.trim().toLowerCase() !== 'deferred',
    });
}
