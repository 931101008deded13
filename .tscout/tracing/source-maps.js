"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enableSourceMaps = enableSourceMaps;
exports.mapLineStarts = mapLineStarts;
// Transformed code is regenerated from its AST, so without a source map every
// line number in it moves. Node applies the inline maps we append only while
// its source-map support is on, and on Node 22.14+ only for files under
// node_modules when asked to, so it is switched on (process-wide) before the
// first transformed file compiles; it is never switched off.
const log_js_1 = require("../report/log.js");
let done = false;
function enableSourceMaps() {
    if (done)
        return;
    done = true;
    const mod = require('node:module');
    if (typeof mod.setSourceMapsSupport === 'function' && typeof mod.getSourceMapsSupport === 'function') {
        // module.setSourceMapsSupport: 22.14+/23.7+ (https://github.com/nodejs/node/pull/56639).
        const current = mod.getSourceMapsSupport();
        if (current.enabled && current.nodeModules)
            return;
        mod.setSourceMapsSupport(true, { nodeModules: true, generatedCode: current.generatedCode });
    }
    else {
        // Node 20: process.setSourceMapsEnabled covers every file.
        const proc = process;
        if (proc.sourceMapsEnabled === true)
            return;
        proc.setSourceMapsEnabled?.(true);
    }
    if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('tracing', 'source maps enabled (files under node_modules included), so stack traces through transformed files show their original lines');
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeSegment(segment) {
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
            shift += 5;
        }
        else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
        }
    }
    return values;
}
function encodeSegment(values) {
    let out = '';
    for (const v of values) {
        let vlq = v < 0 ? (-v << 1) | 1 : v << 1;
        do {
            let digit = vlq & 31;
            vlq >>>= 5;
            if (vlq > 0)
                digit |= 32;
            out += B64[digit];
        } while (vlq > 0);
    }
    return out;
}
/**
 * Maps the start of each generated line to the original position of its
 * first mapped token. astring maps identifiers and literals but not keywords,
 * so a frame at `throw new Error(...)` would otherwise resolve to the last
 * token of the line before, one original line too early.
 */
function mapLineStarts(map) {
    const parsed = JSON.parse(map);
    parsed.mappings = parsed.mappings
        .split(';')
        .map((line) => {
        if (line === '')
            return line;
        const comma = line.indexOf(',');
        const first = decodeSegment(comma === -1 ? line : line.slice(0, comma));
        if (first.length < 4 || first[0] === 0)
            return line;
        const [column, ...rest] = first;
        const moved = encodeSegment([0, rest[0], rest[1], rest[2]]) + ',' + encodeSegment([column, 0, 0, 0, ...rest.slice(3)]);
        return comma === -1 ? moved : moved + line.slice(comma);
    })
        .join(';');
    return JSON.stringify(parsed);
}
