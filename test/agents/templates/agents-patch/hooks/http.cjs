// Wraps http.Server.prototype.emit, which OpenTelemetry's http
// instrumentation wraps too, and counts the 'request' events it sees.
// AGENTS_PATCH_UNWRAP=1 unwraps it after the first request: the agent's
// wrapper must survive that (autowrapt issue 12).
const { unwrap, wrapFunction } = require('autowrapt')
const { count } = require(process.env.AGENTS_PROBE_LIB)

module.exports = function patchHttp(http) {
  const proto = http.Server.prototype
  wrapFunction(proto, 'emit', (wrapped, thisArg, args) => {
    if (args[0] === 'request') {
      count('autowrapt', 'http.Server.emit request')
      if (process.env.AGENTS_PATCH_UNWRAP === '1') unwrap(proto, 'emit')
    }
    return Reflect.apply(wrapped, thisArg, args)
  })
}
