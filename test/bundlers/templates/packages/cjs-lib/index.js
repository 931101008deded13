'use strict'
// A CommonJS package target; it also requires the dual package (its CommonJS file).
const dual = require('dual-lib')
exports.greet = function greet(name) {
  return `hello ${name}`
}
exports.dualFromCjs = function dualFromCjs() {
  return dual.dualName()
}
