// Counts dd-trace's finished spans by integration and operation, through the
// diagnostics channel dd-trace publishes each finished span on. No agent is
// listening: dd-trace's exports fail quietly (DD_TRACE_DEBUG is off).
const dc = require('node:diagnostics_channel')
const { count, section } = require(process.env.AGENTS_PROBE_LIB)

section('agent')
dc.subscribe('dd-trace:span:finish', (span) => {
  const context = span.context()
  count('agent', `${context._tags.component ?? '-'} ${context._name}`)
})
