// Counts Elastic's ended transactions and spans, through its filters, with
// sending disabled (ELASTIC_APM_DISABLE_SEND).
const apm = require('elastic-apm-node')
const { count, section } = require(process.env.AGENTS_PROBE_LIB)

section('agent')
apm.addTransactionFilter((payload) => {
  count('agent', `transaction ${payload.type} ${payload.name}`)
  return payload
})
apm.addSpanFilter((payload) => {
  count('agent', `span ${payload.type}/${payload.subtype ?? '-'} ${payload.name}`)
  return payload
})
