// What a channel's spans look like, decided once per tracing entry from its
// declaration: name, kind, attributes and when the span ends. No table kept
// by hand: everything comes from the entry (its module, channel, function
// kind and `span`). Also what `autowrapt check` prints for each entry.
import type { SpanAttribute, SpanKindName, SpanSpec } from '../core/span-spec.js'
import { describeQuery, type TracingSpec } from '../core/tracing-spec.js'
import type { Attributes } from './attributes.js'

/** OpenTelemetry's SpanKind values (@opentelemetry/api), without loading it. */
export const SPAN_KIND: Record<SpanKindName, number> = { internal: 0, server: 1, client: 2, producer: 3, consumer: 4 }

export type SpanPlan = {
  readonly spec: TracingSpec
  readonly packageName: string
  /** The declared name, or undefined for a semantic-convention or default name worked out per call. */
  readonly name: string | undefined
  readonly defaultName: string
  readonly kind: SpanKindName
  readonly attributes: readonly SpanAttribute[]
  /** Attributes every span of this entry has (code.*). */
  readonly fixed: Attributes
  /** Sync: the span ends at `end`; otherwise at `asyncEnd` when one follows. */
  readonly sync: boolean
  readonly convention: Convention | undefined
  /** Whether some attribute is read from `result` (at the span's end). */
  readonly readsResult: boolean
}

type Convention = {
  readonly type: string
  readonly key: string
  readonly kind: SpanKindName
  readonly name: (a: Attributes) => string | undefined
}

const joined = (...parts: unknown[]): string | undefined => parts.filter((p) => typeof p === 'string' && p !== '').join(' ') || undefined

// OpenTelemetry semantic conventions: an entry that declares the attribute a
// convention keys on gets that convention's default kind and span name.
const CONVENTIONS: readonly Convention[] = [
  {
    type: 'database',
    key: 'db.system.name',
    kind: 'client',
    name: (a) => joined(a['db.operation.name'], a['db.collection.name']) ?? joined(a['db.system.name']),
  },
  {
    type: 'database (older conventions)',
    key: 'db.system',
    kind: 'client',
    name: (a) => joined(a['db.operation'], a['db.sql.table']) ?? joined(a['db.system']),
  },
  { type: 'HTTP client', key: 'http.request.method', kind: 'client', name: (a) => joined(a['http.request.method'], a['url.template']) },
  {
    type: 'RPC',
    key: 'rpc.system',
    kind: 'client',
    name: (a) => (typeof a['rpc.method'] === 'string' ? `${String(a['rpc.service'] ?? '')}/${a['rpc.method']}` : undefined),
  },
  {
    type: 'messaging',
    key: 'messaging.system',
    kind: 'producer',
    name: (a) => joined(a['messaging.operation.name'], a['messaging.destination.name']),
  },
]

function functionName(spec: TracingSpec): string {
  // `Axios.request (Async)` without its kind or index: the qualified name.
  return describeQuery(spec)
    .replace(/ \[index [^\]]*\]/, '')
    .replace(/ \((Sync|Async|Callback|Auto)\)$/, '')
}

export function planSpan(spec: TracingSpec, packageName: string): SpanPlan {
  const span: SpanSpec | undefined = spec.span
  const attributes = span?.attributes ?? []
  const convention = CONVENTIONS.find((c) => attributes.some((a) => a.key === c.key))
  const fixed: Attributes = { 'code.function.name': functionName(spec) }
  return {
    spec,
    packageName,
    name: span?.name,
    defaultName: `${spec.moduleName}.${spec.channelName}`,
    kind: span?.kind ?? convention?.kind ?? 'internal',
    attributes,
    fixed,
    sync: (spec.functionQuery.kind ?? 'Sync') === 'Sync',
    convention,
    readsResult: attributes.some((a) => 'root' in a && a.root === 'result'),
  }
}

/** The span name for one call, from the attributes read at its start. */
export function spanName(plan: SpanPlan, attributes: Attributes): string {
  return plan.name ?? plan.convention?.name(attributes) ?? plan.defaultName
}

/** One line per entry for `autowrapt check`: what the bridge will record. */
export function describePlan(plan: SpanPlan): string {
  const name =
    plan.name !== undefined
      ? JSON.stringify(plan.name)
      : plan.convention
        ? `(${plan.convention.type} convention)`
        : JSON.stringify(plan.defaultName)
  const attrs = plan.attributes.map((a) => `${a.key}=${'literal' in a ? JSON.stringify(a.literal) : a.source}`)
  const kind = plan.spec.functionQuery.kind
  const ends = plan.sync
    ? 'ends when the call returns'
    : `ends when its ${kind === 'Callback' ? 'callback is called' : kind === 'Auto' ? 'promise settles or callback is called' : 'promise settles'}`
  return `span ${name}, kind ${plan.kind}, ${ends}; attributes: ${[...Object.keys(plan.fixed), ...attrs].join(', ')}`
}
