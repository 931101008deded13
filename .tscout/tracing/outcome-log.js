"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createOutcomeLog = void 0;
exports.appendOutcome = appendOutcome;
exports.createOutcomeReader = createOutcomeReader;
// Outcomes of files transformed on the loader thread, handed to the
// application thread as JSON lines in a shared-memory line log
// (core/line-log.ts): the application thread reads them synchronously (for
// the report and tracingStatus()) whenever it asks. The loader thread is the
// only writer.
const line_log_js_1 = require("../core/line-log.js");
exports.createOutcomeLog = line_log_js_1.createLineLog;
/** Loader thread: appends one outcome; false (and the overflow flag) when full. */
function appendOutcome(buffer, entry) {
    return (0, line_log_js_1.appendLine)(buffer, JSON.stringify(entry));
}
/** Application thread: the outcomes appended since the last call, and whether some were lost. */
function createOutcomeReader(buffer) {
    const readLines = (0, line_log_js_1.createLineReader)(buffer);
    return () => ({ entries: readLines().map((line) => JSON.parse(line)), overflowed: (0, line_log_js_1.lineLogOverflowed)(buffer) });
}
