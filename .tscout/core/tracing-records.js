"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarizeTracing = summarizeTracing;
function summarizeTracing(record) {
    if (record.disabled)
        return 'disabled';
    const statuses = new Set(record.outcomes.map((o) => o.status));
    for (const status of ['failed', 'no-match', 'applied', 'skipped-version'])
        if (statuses.has(status))
            return status;
    return 'not-loaded';
}
