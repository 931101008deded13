// Wraps the express methods OpenTelemetry's express instrumentation wraps
// (application.use, Router.prototype.route) with `wrap`, and the per-request
// application.handle with `wrapFunction`, counting the calls of each.
const { wrap, wrapFunction } = require('autowrapt')
const { count } = require(process.env.AGENTS_PROBE_LIB)

function counted(key) {
  return (original) => function (...args) {
    count('autowrapt', key)
    return original.apply(this, args)
  }
}

module.exports = function patchExpress(exports, info) {
  const express = info.format === 'module' ? exports.default : exports
  wrap(express.application, 'use', counted('express.application.use'))
  wrap(express.Router.prototype, 'route', counted('express.Router.route'))
  wrapFunction(express.application, 'handle', (wrapped, thisArg, args) => {
    count('autowrapt', 'express.application.handle')
    return Reflect.apply(wrapped, thisArg, args)
  })
}
