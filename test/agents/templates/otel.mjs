// OpenTelemetry's Node SDK with the auto-instrumentations and no exporter
// (no network): a span processor counts every ended span, synchronously, by
// instrumentation scope and span name.
import { createRequire } from 'node:module'
import { getNodeAutoInstrumentations } from '@opentelemetry/auto-instrumentations-node'
import { NodeSDK } from '@opentelemetry/sdk-node'

const { count, section } = createRequire(import.meta.url)(process.env.AGENTS_PROBE_LIB)
section('agent')
const countingProcessor = {
  onStart() {},
  onEnd(span) {
    const scope = span.instrumentationScope?.name ?? span.instrumentationLibrary?.name
    count('agent', `${scope} ${span.name}`)
  },
  forceFlush: async () => {},
  shutdown: async () => {},
}
const sdk = new NodeSDK({
  serviceName: 'agents-app',
  spanProcessors: [countingProcessor],
  metricReaders: [],
  // fs spans would count autowrapt's own package.json reads at start-up.
  instrumentations: [getNodeAutoInstrumentations({ '@opentelemetry/instrumentation-fs': { enabled: false } })],
})
sdk.start()
