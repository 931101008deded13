"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeOutcome = describeOutcome;
exports.recordOutcome = recordOutcome;
const tracing_spec_js_1 = require("../core/tracing-spec.js");
const log_js_1 = require("../report/log.js");
function who(record) {
    return `tracing entry ${record.spec.jsonPath} of "${record.packageName}" (${(0, tracing_spec_js_1.describeEntry)(record.spec)})`;
}
/** The line for an outcome: a warning code and message, or a debug message. */
function describeOutcome(record, outcome) {
    switch (outcome.status) {
        case 'applied':
            return {
                message: `applied ${who(record)} to ${outcome.file}: ${outcome.functions} function${outcome.functions === 1 ? '' : 's'} (${outcome.format}, ${outcome.ms.toFixed(2)} ms)`,
            };
        case 'skipped-version':
            return {
                message: `skipped ${who(record)} on ${outcome.file}: version ${outcome.version ?? '(unknown)'} does not satisfy "${outcome.range}"`,
            };
        case 'no-match':
            return {
                code: log_js_1.WarningCode.TracingNoMatch,
                message: `${who(record)} matched no function in ${outcome.file}; it loads without this entry's tracing`,
            };
        case 'failed':
            return {
                code: log_js_1.WarningCode.TracingFailed,
                message: `${who(record)} could not transform ${outcome.file}: ${outcome.error}; the file loads unchanged`,
            };
    }
}
function recordOutcome(record, outcome) {
    record.outcomes.push(outcome);
    const line = describeOutcome(record, outcome);
    if (line.code !== undefined)
        (0, log_js_1.warn)(line.code, line.message);
    else if (log_js_1.debugEnabled)
        (0, log_js_1.debug)('tracing', line.message);
}
