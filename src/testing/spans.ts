// Asserting spans in a test: an OpenTelemetry SDK with an in-memory exporter,
// registered as the global tracer provider (with an AsyncLocalStorage context
// manager), and the recorded spans as a tree of parents and children. Needs
// @opentelemetry/api, @opentelemetry/sdk-trace-base and
// @opentelemetry/context-async-hooks installed where the test runs.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as Api from '@opentelemetry/api'
import type * as SdkTraceBase from '@opentelemetry/sdk-trace-base'
import type * as ContextAsyncHooks from '@opentelemetry/context-async-hooks'

export type SpanNode = {
  name: string
  kind: 'internal' | 'server' | 'client' | 'producer' | 'consumer'
  attributes: Record<string, unknown>
  status: 'unset' | 'ok' | 'error'
  /** The status message (an error's message), when there is one. */
  statusMessage?: string
  /** Names of the span's events (`exception` for a recorded error). */
  events: string[]
  children: SpanNode[]
}

export type SpanRecorder = {
  /** The finished spans, as the SDK's in-memory exporter holds them. */
  spans(): SdkTraceBase.ReadableSpan[]
  /** The finished spans as trees: each root (a span whose parent was not recorded) with its children, by start time. */
  tree(): SpanNode[]
  reset(): void
  /** Unregisters the provider and context manager. */
  shutdown(): Promise<void>
}

const KINDS = ['internal', 'server', 'client', 'producer', 'consumer'] as const
const STATUS = ['unset', 'ok', 'error'] as const

function load<T>(id: string): T {
  for (const from of [join(process.cwd(), 'package.json'), __filename]) {
    try {
      return createRequire(from)(id) as T
    } catch {
      // next place
    }
  }
  throw new Error(`autowrapt/testing: recordSpans() needs ${id}; install it as a devDependency (npm install -D ${id})`)
}

const startOf = (s: SdkTraceBase.ReadableSpan): number => s.startTime[0] * 1e9 + s.startTime[1]

/** The spans as trees of parents and children (exported for spans from another exporter). */
export function spanTree(spans: readonly SdkTraceBase.ReadableSpan[]): SpanNode[] {
  const nodes = new Map<string, { node: SpanNode; parent: string | undefined; start: number }>()
  for (const span of [...spans].sort((a, b) => startOf(a) - startOf(b))) {
    const s = span as SdkTraceBase.ReadableSpan & { parentSpanId?: string }
    const node: SpanNode = {
      name: span.name,
      kind: KINDS[span.kind] ?? 'internal',
      attributes: { ...span.attributes },
      status: STATUS[span.status.code] ?? 'unset',
      events: span.events.map((e) => e.name),
      children: [],
    }
    if (span.status.message !== undefined && span.status.message !== '') node.statusMessage = span.status.message
    // sdk-trace-base 2.x has parentSpanContext; 1.x had parentSpanId.
    nodes.set(span.spanContext().spanId, { node, parent: s.parentSpanContext?.spanId ?? s.parentSpanId, start: startOf(span) })
  }
  const roots: SpanNode[] = []
  for (const { node, parent } of nodes.values()) {
    const up = parent === undefined ? undefined : nodes.get(parent)
    if (up === undefined) roots.push(node)
    else up.node.children.push(node)
  }
  return roots
}

/**
 * Records the spans of this process in memory.
 *
 * ```ts
 * const recorder = recordSpans()
 * await runTheCode()
 * expect(recorder.tree()).toMatchObject([{ name: 'pg.query', children: [] }])
 * await recorder.shutdown()
 * ```
 */
export function recordSpans(): SpanRecorder {
  const api = load<typeof Api>('@opentelemetry/api')
  const sdk = load<typeof SdkTraceBase>('@opentelemetry/sdk-trace-base')
  const { AsyncLocalStorageContextManager } = load<typeof ContextAsyncHooks>('@opentelemetry/context-async-hooks')
  const exporter = new sdk.InMemorySpanExporter()
  const processor = new sdk.SimpleSpanProcessor(exporter)
  const provider = new sdk.BasicTracerProvider({ spanProcessors: [processor] })
  const legacy = provider as unknown as { addSpanProcessor?: (p: unknown) => void }
  if (typeof legacy.addSpanProcessor === 'function') legacy.addSpanProcessor(processor)
  const contextManager = new AsyncLocalStorageContextManager().enable()
  api.context.setGlobalContextManager(contextManager)
  api.trace.setGlobalTracerProvider(provider)
  return {
    spans: () => exporter.getFinishedSpans(),
    tree: () => spanTree(exporter.getFinishedSpans()),
    reset: () => exporter.reset(),
    async shutdown() {
      await provider.shutdown()
      api.trace.disable()
      api.context.disable()
    },
  }
}
