"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkField = checkField;
// Validation of an `autowrapt` field for `autowrapt check`: the runtime's own
// reading of the field (readManifest), so that check reports exactly what the
// runtime would warn about, then version ranges, which the runtime only checks
// when a target loads. The shipped JSON Schema says the same for editors; a
// test (test/unit/field-schema.test.ts) keeps the two in agreement.
const manifest_js_1 = require("../core/manifest.js");
const tracing_entries_js_1 = require("./tracing-entries.js");
const versions_js_1 = require("../core/versions.js");
const log_js_1 = require("../report/log.js");
function checkField(field) {
    const manifest = (0, manifest_js_1.readManifest)(field);
    const problems = [...manifest.problems];
    const specs = [...manifest.hooks, ...[...manifest.groups.values()].flat()];
    for (const spec of specs) {
        if (spec.versions !== undefined && !(0, versions_js_1.isValidRange)(spec.versions)) {
            problems.push({
                code: log_js_1.WarningCode.InvalidRange,
                jsonPath: `${spec.jsonPath}.versions`,
                message: `invalid semver range ${JSON.stringify(spec.versions)}`,
            });
        }
    }
    return { specs, tracing: (0, tracing_entries_js_1.allTracingSpecs)(manifest), groups: manifest.groups.size, problems };
}
