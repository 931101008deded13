"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseRange = parseRange;
exports.testRange = testRange;
// npm range syntax, matched the way semver's `new Range(r, { includePrerelease:
// true }).test(v)` does, without loading semver (whose load and first parse
// cost several ms; issue 14). It covers the forms people write: comparators,
// x-ranges, tilde, caret, hyphen ranges, `||`, `v` and `=` prefixes, build
// metadata. Anything else returns undefined, and versions.ts asks semver,
// so an odd range never gets a different answer. Agreement with semver is
// property-tested (test/unit/semver-range-properties.test.ts).
const semver_version_js_1 = require("./semver-version.js");
// Numbers of up to 15 digits stay exact with one added; longer ones, and
// versions long enough to meet semver's length limits, go to semver.
const MAX_DIGITS = 15;
const MAX_PARTIAL = 200;
// Longest first, so that `~>` and `>=` are not read as `~` and `>`.
const OPERATORS = ['~>', '>=', '<=', '~', '^', '>', '<', '='];
// semver deletes build metadata anywhere in a range before reading it.
const BUILD = /\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*/g;
const ZERO = ['0'];
function at(major, minor, patch, pre = []) {
    return { major, minor, patch, pre };
}
function cmp(op, version) {
    return { op, version };
}
function isWildcard(text) {
    return text === 'x' || text === 'X' || text === '*';
}
// 1, 1.2, 1.2.3-rc.1, 1.x, *: wildcards only after numbers, a prerelease only
// on a full version (semver reads other orders in ways not worth copying).
// Scanned without regular expressions, as in semver-version.ts.
function parsePartial(text) {
    if (text.length > MAX_PARTIAL)
        return undefined;
    const dash = text.indexOf('-');
    const pre = dash === -1 ? [] : text.slice(dash + 1).split('.');
    const given = (dash === -1 ? text : text.slice(0, dash)).split('.');
    if (given.length > 3 || (pre.length > 0 && given.length < 3) || !pre.every(semver_version_js_1.isPrereleaseIdentifier))
        return undefined;
    const firstWildcard = given.findIndex(isWildcard);
    const numbers = firstWildcard === -1 ? given : given.slice(0, firstWildcard);
    if (!numbers.every((n) => (0, semver_version_js_1.isVersionNumber)(n) && n.length <= MAX_DIGITS))
        return undefined;
    if (!given.slice(numbers.length).every(isWildcard) || (pre.length > 0 && firstWildcard !== -1))
        return undefined;
    const [major, minor, patch] = numbers.map(Number);
    return { major, minor, patch, pre };
}
// x-ranges and plain comparators: 1.2 is >=1.2.0-0 <1.3.0-0, >1 is >=2.0.0-0,
// <=1.2 is <1.3.0-0, >* matches nothing, >=* everything.
function xRange(op, { major, minor, patch, pre }) {
    if (major === undefined)
        return op === '<' || op === '>' ? [cmp('<', at(0, 0, 0, ZERO))] : [];
    if (minor !== undefined && patch !== undefined)
        return [cmp(op === '' ? '=' : op, at(major, minor, patch, pre))];
    const low = minor === undefined ? at(major, 0, 0, ZERO) : at(major, minor, 0, ZERO);
    const next = minor === undefined ? at(major + 1, 0, 0, ZERO) : at(major, minor + 1, 0, ZERO);
    switch (op) {
        case '>':
            return [cmp('>=', next)];
        case '>=':
            return [cmp('>=', low)];
        case '<':
            return [cmp('<', low)];
        case '<=':
            return [cmp('<', next)];
        default:
            return [cmp('>=', low), cmp('<', next)];
    }
}
// ~1.2.3 is >=1.2.3 <1.3.0-0; ~1.2 and ~1 as the x-ranges 1.2 and 1.
function tilde(p) {
    if (p.major === undefined || p.minor === undefined || p.patch === undefined)
        return xRange('', p);
    return [cmp('>=', at(p.major, p.minor, p.patch, p.pre)), cmp('<', at(p.major, p.minor + 1, 0, ZERO))];
}
// ^ allows changes right of the first non-zero part: ^0.2.3 is <0.3.0-0,
// ^0.0.3 is <0.0.4-0, ^0.0 is <0.1.0-0.
function caret(p) {
    const { major, minor, patch } = p;
    if (major === undefined || minor === undefined)
        return xRange('', p);
    if (patch === undefined)
        return major === 0 ? xRange('', p) : [cmp('>=', at(major, minor, 0, ZERO)), cmp('<', at(major + 1, 0, 0, ZERO))];
    const upper = major !== 0 ? at(major + 1, 0, 0, ZERO) : minor !== 0 ? at(0, minor + 1, 0, ZERO) : at(0, 0, patch + 1, ZERO);
    return [cmp('>=', at(major, minor, patch, p.pre)), cmp('<', upper)];
}
// 1.2 - 3.4 is >=1.2.0-0 <3.5.0-0; a full upper end includes its prereleases
// (1 - 2.0.0 is <2.0.1-0) unless it is itself a prerelease (<=2.0.0-rc.1).
function hyphen(from, to) {
    const out = [];
    if (from.major !== undefined) {
        if (from.minor === undefined || from.patch === undefined)
            out.push(xRange('>=', from)[0]);
        else
            out.push(cmp('>=', at(from.major, from.minor, from.patch, from.pre.length > 0 ? from.pre : ZERO)));
    }
    if (to.major !== undefined) {
        if (to.minor === undefined || to.patch === undefined)
            out.push(xRange('<=', to)[0]);
        else if (to.pre.length > 0)
            out.push(cmp('<=', at(to.major, to.minor, to.patch, to.pre)));
        else
            out.push(cmp('<', at(to.major, to.minor, to.patch + 1, ZERO)));
    }
    return out;
}
function comparator(token) {
    const op = OPERATORS.find((o) => token.startsWith(o)) ?? '';
    let rest = token.slice(op.length);
    if (rest.startsWith('v'))
        rest = rest.slice(1);
    const partial = parsePartial(rest);
    if (partial === undefined)
        return undefined;
    if (op === '~' || op === '~>')
        return tilde(partial);
    if (op === '^')
        return caret(partial);
    return xRange(op, partial);
}
function startsVersion(token) {
    const c = token?.[0];
    return c !== undefined && ((c >= '0' && c <= '9') || c === 'x' || c === 'X' || c === '*');
}
// One `||` alternative, after semver's whitespace rules: an operator may stand
// apart from its version (`>= 1.2.3`, `~ 1.2`), hyphen ranges need spaces.
function alternative(part) {
    const text = part.includes('+') ? part.replace(BUILD, '') : part;
    if (text === '')
        return [];
    if (text !== text.trim() || text.includes('  '))
        return undefined;
    const tokens = text.split(' ');
    if (tokens.length === 3 && tokens[1] === '-') {
        const from = parsePartial(tokens[0]);
        const to = parsePartial(tokens[2]);
        return from === undefined || to === undefined ? undefined : hyphen(from, to);
    }
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        let token = tokens[i];
        if (OPERATORS.includes(token)) {
            const next = tokens[++i];
            if (!startsVersion(next))
                return undefined;
            token += next;
        }
        const comparators = comparator(token);
        if (comparators === undefined)
            return undefined;
        out.push(...comparators);
    }
    return out;
}
// semver's first step: trimmed, every run of whitespace one space. Plain
// ASCII with single spaces, the usual case, needs no regular expression.
function collapseWhitespace(range) {
    const text = range.trim();
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c > 32 && c < 127) || (c === 32 && text.charCodeAt(i + 1) !== 32))
            continue;
        return text.replace(/\s+/g, ' ');
    }
    return text;
}
/**
 * The alternatives of `range`, or undefined when it is not in the syntax
 * handled here (semver then decides, including whether it is valid).
 */
function parseRange(range) {
    const alternatives = [];
    for (const part of collapseWhitespace(range).split('||')) {
        const comparators = alternative(part.trim());
        if (comparators === undefined)
            return undefined;
        alternatives.push(comparators);
    }
    return alternatives;
}
function holds({ op, version }, v) {
    const c = (0, semver_version_js_1.compareVersions)(v, version);
    switch (op) {
        case '<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '>':
            return c > 0;
        case '>=':
            return c >= 0;
        default:
            return c === 0;
    }
}
/** Whether `version` is in one of the alternatives; false for a string semver reads as no version. */
function testRange(alternatives, version) {
    const v = (0, semver_version_js_1.parseVersion)(version);
    if (v === undefined)
        return false;
    return alternatives.some((all) => all.every((c) => holds(c, v)));
}
