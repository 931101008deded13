"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ok = ok;
exports.fail = fail;
function ok(value) {
    return { ok: true, value };
}
function fail(code, message, jsonPath = null) {
    return { ok: false, problem: { code, message, jsonPath } };
}
