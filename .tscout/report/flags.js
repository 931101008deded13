"use strict";
// The one vocabulary for on/off environment flags (AUTOWRAPT_DEBUG,
// AUTOWRAPT_STRICT, AUTOWRAPT_REPORT): empty, 0, false, no and off are off.
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRUE_WORDS = void 0;
exports.isTruthyFlag = isTruthyFlag;
/** Spellings of "on" (AUTOWRAPT_REPORT takes them as "print to stderr", not as a file name). */
exports.TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'off']);
function isTruthyFlag(value) {
    if (value === undefined)
        return false;
    return !FALSE_WORDS.has(value.trim().toLowerCase());
}
