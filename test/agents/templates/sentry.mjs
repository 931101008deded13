// Sentry, initialised from --import as its docs say, with a transport that
// drops every envelope (no network). Transactions and their spans are counted
// by name and origin before they would be sent.
import { createRequire } from 'node:module'
import * as Sentry from '@sentry/node'

const { count, section } = createRequire(import.meta.url)(process.env.AGENTS_PROBE_LIB)
section('agent')
Sentry.init({
  dsn: 'https://public@o0.ingest.sentry.io/0',
  tracesSampleRate: 1,
  transport: () => ({ send: async () => ({}), flush: async () => true }),
  beforeSendTransaction(event) {
    count('agent', `transaction ${event.transaction}`)
    for (const span of event.spans ?? []) count('agent', `span ${span.origin ?? '-'} ${span.op ?? '-'}`)
    return event
  },
})
