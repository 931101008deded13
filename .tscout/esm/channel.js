"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createUrlReader = exports.urlLogOverflowed = exports.appendUrl = void 0;
exports.createChannelBuffer = createChannelBuffer;
exports.publishTargets = publishTargets;
exports.createTargetReader = createTargetReader;
exports.leftToOtherLoaderLine = leftToOtherLoaderLine;
exports.parseLeftToOtherLoader = parseLeftToOtherLoader;
const HEADER = 8; // Int32 sequence number (odd while writing), Int32 byte length
function createChannelBuffer(bytes = 64 * 1024) {
    return new SharedArrayBuffer(HEADER + bytes);
}
/** Application thread: publishes the full target list. False if it does not fit. */
function publishTargets(buffer, data) {
    const encoded = new TextEncoder().encode(JSON.stringify(data));
    if (encoded.byteLength > buffer.byteLength - HEADER)
        return false;
    const header = new Int32Array(buffer, 0, 2);
    Atomics.add(header, 0, 1);
    new Uint8Array(buffer, HEADER).set(encoded);
    Atomics.store(header, 1, encoded.byteLength);
    Atomics.add(header, 0, 1);
    return true;
}
/** Loader thread: returns the newest target list once each time it changes. */
function createTargetReader(buffer) {
    const header = new Int32Array(buffer, 0, 2);
    let seen = Atomics.load(header, 0);
    return () => {
        const before = Atomics.load(header, 0);
        if (before === seen || (before & 1) === 1)
            return undefined;
        const length = Atomics.load(header, 1);
        const text = new TextDecoder().decode(new Uint8Array(buffer, HEADER, length).slice());
        if (Atomics.load(header, 0) !== before)
            return undefined; // torn read: retry on the next resolution
        seen = before;
        return JSON.parse(text);
    };
}
// The loader thread also tells the application thread which target modules it
// loaded, so that a target found already loaded (imported before bootstrap, or
// before its hook was registered) gets the same late warning as in CommonJS.
// An append-only line log of URLs (core/line-log.ts) in a buffer from
// createChannelBuffer; the loader thread is the only writer.
var line_log_js_1 = require("../core/line-log.js");
Object.defineProperty(exports, "appendUrl", { enumerable: true, get: function () { return line_log_js_1.appendLine; } });
Object.defineProperty(exports, "urlLogOverflowed", { enumerable: true, get: function () { return line_log_js_1.lineLogOverflowed; } });
Object.defineProperty(exports, "createUrlReader", { enumerable: true, get: function () { return line_log_js_1.createLineReader; } });
// The same log carries one more kind of line: a target module autowrapt left
// to another import-in-the-middle copy (rebuilding-copy.ts). URLs never start
// with a space-separated word, so the two kinds cannot be confused.
const LEFT = 'left-to-other-loader ';
function leftToOtherLoaderLine(url, specifier, copy) {
    return LEFT + [url, specifier, copy].map(encodeURIComponent).join(' ');
}
function parseLeftToOtherLoader(line) {
    if (!line.startsWith(LEFT))
        return undefined;
    const [url = '', specifier = '', copy = ''] = line.slice(LEFT.length).split(' ').map(decodeURIComponent);
    return { url, specifier, copy };
}
