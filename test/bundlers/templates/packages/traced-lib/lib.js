'use strict'
// Traced by declarative tracing entries: one of each kind.
function syncOp(x) {
  return x + 1
}
async function asyncOp(x) {
  return x * 10
}
function callbackOp(x, callback) {
  setImmediate(() => callback(null, x - 1))
}
module.exports = { syncOp, asyncOp, callbackOp }
