"use strict";
// An append-only log of text lines in a SharedArrayBuffer: one thread (a
// module.register loader thread) writes, the application thread reads
// synchronously whenever it asks, with no round trip. The ESM adapter logs the
// target URLs it loaded (esm/channel.ts) and tracing the outcomes of files it
// transformed (tracing/outcome-log.ts). A MessagePort would need a
// transferList, which module.register cannot take from a --require preload on
// Node 20 (see esm/channel.ts).
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLineLog = createLineLog;
exports.appendLine = appendLine;
exports.lineLogOverflowed = lineLogOverflowed;
exports.createLineReader = createLineReader;
const HEADER = 8; // Int32 overflow flag, Int32 bytes used
function createLineLog(bytes = 256 * 1024) {
    return new SharedArrayBuffer(HEADER + bytes);
}
/**
 * Writer: appends one line (which must not contain a newline). When the log is
 * full it is marked as overflowed instead, so that the reader can stop drawing
 * conclusions from lines it will never see.
 */
function appendLine(buffer, line) {
    const header = new Int32Array(buffer, 0, 2);
    const encoded = new TextEncoder().encode(line + '\n');
    const used = Atomics.load(header, 1);
    if (used + encoded.byteLength > buffer.byteLength - HEADER) {
        Atomics.store(header, 0, 1);
        return false;
    }
    new Uint8Array(buffer, HEADER + used, encoded.byteLength).set(encoded);
    Atomics.store(header, 1, used + encoded.byteLength);
    return true;
}
/** Reader: whether the writer ran out of room. */
function lineLogOverflowed(buffer) {
    return Atomics.load(new Int32Array(buffer, 0, 2), 0) === 1;
}
/** Reader: returns the lines appended since the last call. */
function createLineReader(buffer) {
    const header = new Int32Array(buffer, 0, 2);
    let read = 0;
    return () => {
        const used = Atomics.load(header, 1);
        if (used === read)
            return [];
        const text = new TextDecoder().decode(new Uint8Array(buffer, HEADER + read, used - read).slice());
        read = used;
        return text.split('\n').filter(Boolean);
    };
}
