"use strict";
// The one test for "a JSON object" (what package.json fields must be): an
// object that is neither null nor an array.
Object.defineProperty(exports, "__esModule", { value: true });
exports.isPlainObject = isPlainObject;
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
