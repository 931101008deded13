'use strict'
// A file target: file-lib/lib/inner.js.
exports.double = (x) => x * 2
