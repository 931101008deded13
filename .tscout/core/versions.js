"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isValidRange = isValidRange;
exports.satisfiesRange = satisfiesRange;
const semver_range_js_1 = require("./semver-range.js");
let RangeClass;
const compiled = new Map();
function semverMatcher(range) {
    RangeClass ??= require('semver/classes/range');
    let parsed;
    try {
        parsed = new RangeClass(range, { includePrerelease: true });
    }
    catch {
        return null;
    }
    return (version) => {
        try {
            return parsed.test(version);
        }
        catch {
            return false;
        }
    };
}
function compile(range) {
    let matcher = compiled.get(range);
    if (matcher === undefined) {
        const alternatives = (0, semver_range_js_1.parseRange)(range);
        matcher = alternatives === undefined ? semverMatcher(range) : (version) => (0, semver_range_js_1.testRange)(alternatives, version);
        compiled.set(range, matcher);
    }
    return matcher;
}
function isValidRange(range) {
    return compile(range) !== null;
}
/** Whether `version` satisfies `range`; prereleases count, as an operator would expect. */
function satisfiesRange(version, range) {
    return compile(range)?.(version) ?? false;
}
