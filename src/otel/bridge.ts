// The OpenTelemetry bridge: the TracingChannel events of enabled tracing
// entries become spans, through @opentelemetry/api's public API only.
//
// Context: the span must be the active context while the traced function runs,
// so that spans started inside it (after an await, in a callback, in an event
// listener) are its children. Node 20 to 24 accept any object with
// `run(value, fn)` as a channel store, so `start.bindStore({ run: (c, fn) =>
// context.with(c, fn) })` would do; Node 26 calls `store.withScope(value)`
// instead, an enter/exit pair the OpenTelemetry API has no public form of
// (context.with only takes a function). So the bridge gives each of its
// channels' `start` an own `runStores` that runs the channel's own runStores
// inside `context.with(spanContext, ...)`: a public method of a public object,
// the same on every Node, and other stores bound to the channel still run.
// Transformed code calls exactly `start.runStores(ctx, fn)` (and
// `asyncStart.runStores` around a callback, which runs in the caller's context).
import { tracingChannel, type Channel, type TracingChannel } from 'node:diagnostics_channel'
import type * as Api from '@opentelemetry/api'
import type { TracingRecord } from '../core/tracing-records.js'
import { debug, debugEnabled } from '../report/log.js'
import { addAttributes } from './attributes.js'
import { planSpan, spanName, SPAN_KIND, type SpanPlan } from './span-plan.js'

type Event = { arguments?: unknown; self?: unknown; result?: unknown; error?: unknown; moduleVersion?: unknown; [CALL]?: Call }
type Call = { readonly span: Api.Span; readonly parent: Api.Context; endSeen: boolean; asyncEndSeen: boolean; done: boolean }
type RunStores = (this: Channel, data: Event, fn: (...args: unknown[]) => unknown, thisArg?: unknown, ...args: unknown[]) => unknown
type Binding = { readonly plan: SpanPlan; readonly channel: TracingChannel<string, Event>; readonly handlers: object }

const CALL = Symbol('autowrapt.otel.call')

export type Bridge = {
  /** Channels of these records become spans (the first record on a channel decides its spans). */
  add(records: readonly TracingRecord[]): void
  enable(): void
  disable(): void
  /** Use this provider instead of the global one (an instrumentation given one by the SDK). */
  setTracerProvider(provider: Api.TracerProvider | undefined): void
  readonly enabled: boolean
}

export function createBridge(api: typeof Api, version: string): Bridge {
  const bindings = new Map<string, Binding>()
  const noop = new api.ProxyTracerProvider().getDelegate()
  let explicit: Api.TracerProvider | undefined
  let enabled = false
  let delegate: unknown
  let tracer: Api.Tracer | undefined
  // The event runStores last opened a span for (or found no provider for), so
  // the `start` subscriber does not ask again for the same call.
  let lastOpened: Event | undefined

  // Asked at every call: a Map-free identity check while the provider is
  // unchanged, so the no-op provider costs a property read and a compare.
  function currentTracer(): Api.Tracer | undefined {
    const provider = explicit ?? api.trace.getTracerProvider()
    const real =
      typeof (provider as Api.ProxyTracerProvider).getDelegate === 'function'
        ? (provider as Api.ProxyTracerProvider).getDelegate()
        : provider
    if (real !== delegate) {
      delegate = real
      const isNoop = real === noop || (real as object).constructor?.name === 'NoopTracerProvider'
      tracer = isNoop ? undefined : real.getTracer('autowrapt', version)
      if (debugEnabled)
        debug('tracing', `OpenTelemetry bridge: ${isNoop ? 'no tracer provider registered, no spans' : 'a tracer provider is registered'}`)
    }
    return tracer
  }

  function open(event: Event, plan: SpanPlan): Api.Context | undefined {
    if (!enabled) return undefined
    const t = currentTracer()
    if (t === undefined) return undefined
    const parent = api.context.active()
    const attributes = addAttributes({ ...plan.fixed }, plan.attributes, event, false, plan.packageName)
    const span = t.startSpan(spanName(plan, attributes), { kind: SPAN_KIND[plan.kind] as Api.SpanKind, attributes }, parent)
    event[CALL] = { span, parent, endSeen: false, asyncEndSeen: false, done: false }
    return api.trace.setSpan(parent, span)
  }

  function finish(event: Event, call: Call, plan: SpanPlan): void {
    if (call.done) return
    call.done = true
    if (plan.readsResult) call.span.setAttributes(addAttributes({}, plan.attributes, event, true, plan.packageName))
    call.span.end()
  }

  function bind(plan: SpanPlan, name: string): Binding {
    const channel = tracingChannel<string, Event>(name)
    const handlers = {
      // Transformed code opens the span in runStores (below); this is for a
      // caller that publishes `start` without it: a span, without activation.
      start: (event: Event) => {
        if (event === lastOpened)
          lastOpened = undefined // not kept alive past its start
        else if (event[CALL] === undefined) open(event, plan)
      },
      end: (event: Event) => {
        const call = event[CALL]
        if (call === undefined) return
        call.endSeen = true
        // The span ends here unless an asyncEnd is still to come: a Sync
        // function, a throw, a callback already called, or an Async/Auto
        // function that returned no promise (the transformed code then sets `result`).
        if (plan.sync || call.asyncEndSeen || event.error !== undefined || 'result' in event) finish(event, call, plan)
      },
      asyncStart: () => {},
      asyncEnd: (event: Event) => {
        const call = event[CALL]
        if (call === undefined) return
        call.asyncEndSeen = true
        if (call.endSeen) finish(event, call, plan)
      },
      error: (event: Event) => {
        const call = event[CALL]
        if (call === undefined) return
        const error = event.error
        const exception = error instanceof Error ? error : String(error)
        call.span.recordException(exception)
        call.span.setStatus({ code: api.SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) })
      },
    }
    return { plan, channel, handlers }
  }

  function attach(binding: Binding): void {
    const { channel, plan, handlers } = binding
    channel.subscribe(handlers as Parameters<TracingChannel<string, Event>['subscribe']>[0])
    const inherited = (self: Channel): RunStores => (Object.getPrototypeOf(self) as { runStores: RunStores }).runStores
    // The prototype's runStores is looked up at each call: Node switches a
    // channel's prototype between inactive and active as subscribers come and go.
    const start: RunStores = function (data, fn, thisArg, ...args) {
      lastOpened = data
      const active = open(data, plan)
      if (active === undefined) return inherited(this).call(this, data, fn, thisArg, ...args)
      return api.context.with(active, inherited(this), this, data, fn, thisArg, ...args)
    }
    const asyncStart: RunStores = function (data, fn, thisArg, ...args) {
      const call = data[CALL]
      if (call === undefined) return inherited(this).call(this, data, fn, thisArg, ...args)
      return api.context.with(call.parent, inherited(this), this, data, fn, thisArg, ...args)
    }
    Object.defineProperty(channel.start, 'runStores', { value: start, configurable: true, writable: true })
    Object.defineProperty(channel.asyncStart, 'runStores', { value: asyncStart, configurable: true, writable: true })
  }

  function detach(binding: Binding): void {
    binding.channel.unsubscribe(binding.handlers as Parameters<TracingChannel<string, Event>['subscribe']>[0])
    delete (binding.channel.start as Partial<Channel>).runStores
    delete (binding.channel.asyncStart as Partial<Channel>).runStores
  }

  return {
    add(records) {
      for (const record of records) {
        if (record.disabled || bindings.has(record.channel)) continue
        const binding = bind(planSpan(record.spec, record.packageName), record.channel)
        bindings.set(record.channel, binding)
        if (enabled) attach(binding)
        if (debugEnabled)
          debug('tracing', `OpenTelemetry bridge: ${record.channel} -> spans (${record.spec.jsonPath} of "${record.packageName}")`)
      }
    },
    enable() {
      if (enabled) return
      enabled = true
      for (const binding of bindings.values()) attach(binding)
    },
    disable() {
      if (!enabled) return
      enabled = false
      for (const binding of bindings.values()) detach(binding)
    },
    setTracerProvider(provider) {
      explicit = provider
      delegate = undefined
    },
    get enabled() {
      return enabled
    },
  }
}
