"use strict";
// Versions as npm's semver reads them (strict mode) and their order, so that a
// range check needs no semver load. Agreement with semver is property-tested
// (test/unit/semver-range-properties.test.ts).
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDigits = isDigits;
exports.isVersionNumber = isVersionNumber;
exports.isPrereleaseIdentifier = isPrereleaseIdentifier;
exports.parseVersion = parseVersion;
exports.compareVersions = compareVersions;
// semver refuses longer versions outright, whatever they contain.
const MAX_LENGTH = 256;
// Scanned by hand, not with regular expressions: V8 compiles a regular
// expression natively on its second use, which costs more here than the
// whole scan (a few hundred microseconds at startup, issue 14).
function isDigitCode(c) {
    return c >= 48 && c <= 57;
}
function isIdentifierCode(c) {
    return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}
/** Whether `text` is one or more ASCII digits. */
function isDigits(text) {
    if (text === '')
        return false;
    for (let i = 0; i < text.length; i++)
        if (!isDigitCode(text.charCodeAt(i)))
            return false;
    return true;
}
/** A version number: 0, or digits without a leading zero. */
function isVersionNumber(text) {
    return isDigits(text) && (text === '0' || text[0] !== '0');
}
/** A build identifier: one or more letters, digits or hyphens. */
function isIdentifier(id) {
    if (id === '')
        return false;
    for (let i = 0; i < id.length; i++)
        if (!isIdentifierCode(id.charCodeAt(i)))
            return false;
    return true;
}
/** A prerelease identifier: a version number, or anything with a letter or hyphen. */
function isPrereleaseIdentifier(id) {
    return isIdentifier(id) && (!isDigits(id) || isVersionNumber(id));
}
/** The version `text` denotes after trimming, or undefined if semver would refuse it. */
function parseVersion(text) {
    if (text.length > MAX_LENGTH)
        return undefined;
    let rest = text.trim();
    if (rest.startsWith('v'))
        rest = rest.slice(1);
    // Neither the numbers nor a prerelease hold a `+`, nor the numbers a `-`.
    const plus = rest.indexOf('+');
    if (plus !== -1) {
        if (!rest
            .slice(plus + 1)
            .split('.')
            .every(isIdentifier))
            return undefined;
        rest = rest.slice(0, plus);
    }
    const dash = rest.indexOf('-');
    const pre = dash === -1 ? [] : rest.slice(dash + 1).split('.');
    if (!pre.every(isPrereleaseIdentifier))
        return undefined;
    const numbers = (dash === -1 ? rest : rest.slice(0, dash)).split('.');
    if (numbers.length !== 3 || !numbers.every(isVersionNumber))
        return undefined;
    const [major, minor, patch] = numbers.map(Number);
    if (major > Number.MAX_SAFE_INTEGER || minor > Number.MAX_SAFE_INTEGER || patch > Number.MAX_SAFE_INTEGER)
        return undefined;
    return { major, minor, patch, pre };
}
// Numeric identifiers sort numerically and below alphanumeric ones, which
// sort by code unit. Equal numbers end the comparison, as in semver, even for
// digit strings beyond 2^53 that only compare equal once converted.
function compareIdentifiers(a, b) {
    const aNum = isDigits(a);
    const bNum = isDigits(b);
    if (aNum && bNum) {
        const x = Number(a);
        const y = Number(b);
        return x === y ? 0 : x < y ? -1 : 1;
    }
    if (aNum !== bNum)
        return aNum ? -1 : 1;
    return a < b ? -1 : 1;
}
function comparePrerelease(a, b) {
    // A release sorts above all of its prereleases.
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0;; i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined || y === undefined)
            return x === y ? 0 : x === undefined ? -1 : 1;
        if (x !== y)
            return compareIdentifiers(x, y);
    }
}
/** -1, 0 or 1 as `a` sorts below, level with or above `b`. */
function compareVersions(a, b) {
    if (a.major !== b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor !== b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch !== b.patch)
        return a.patch < b.patch ? -1 : 1;
    return comparePrerelease(a.pre, b.pre);
}
