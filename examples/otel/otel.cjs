'use strict'
// The operator's OpenTelemetry setup, preloaded with --require: the SDK's
// tracer provider with OpenTelemetry's console exporter, plus, for this
// example, the finished spans printed as a tree when the process ends. It
// names no library and no channel: the spans come from the otel-spans patch
// package, through AUTOWRAPT_BOOTSTRAP and autowrapt/opentelemetry/register.
const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node')
const { ConsoleSpanExporter, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-base')
const { spanTree } = require('autowrapt/testing')

const finished = []
const provider = new NodeTracerProvider({
  spanProcessors: [new SimpleSpanProcessor(new ConsoleSpanExporter()), { onStart() {}, onEnd: (span) => finished.push(span), forceFlush: async () => {}, shutdown: async () => {} }],
})
provider.register()

function print(node, depth) {
  const attributes = Object.entries(node.attributes).map(([k, v]) => `${k}=${JSON.stringify(v)}`)
  console.log(`${'  '.repeat(depth)}${node.name} [${node.kind}]${node.status === 'error' ? ' ERROR' : ''} ${attributes.join(' ')}`)
  for (const child of node.children) print(child, depth + 1)
}
process.once('beforeExit', () => {
  console.log('--- span tree ---')
  for (const root of spanTree(finished)) print(root, 0)
})
