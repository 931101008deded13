// autowrapt beside the real OpenTelemetry InstrumentationBase on one function.
// Its _wrap unwraps anything that carries shimmer's markers before wrapping,
// and its _unwrap calls the top function's __unwrap: with shared markers that
// removed autowrapt's layer in one order and let autowrapt refuse (or remove)
// OpenTelemetry's in the other (autowrapt issue 12).
import { InstrumentationBase } from '@opentelemetry/instrumentation'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, unwrap, wrap, wrapFunction } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'

class TestInstrumentation extends InstrumentationBase {
  constructor() {
    super('autowrapt-test-instrumentation', '1.0.0', { enabled: false })
  }

  protected init() {
    return []
  }

  wrapWith(target: object, name: string, wrapper: (original: any) => any) {
    this._wrap(target as any, name as never, wrapper)
  }

  unwrapFrom(target: object, name: string) {
    this._unwrap(target as any, name as never)
  }
}

let otel: TestInstrumentation
beforeEach(() => { otel = new TestInstrumentation() })
afterEach(() => { vi.restoreAllMocks() })

function counting(calls: string[], label: string) {
  return (original: (...args: any[]) => any) => function (this: unknown, ...args: any[]) {
    calls.push(label)
    return original.apply(this, args)
  }
}

function setup() {
  const calls: string[] = []
  class Server { emit(event: string) { calls.push(`original ${event}`); return true } }
  const call = () => {
    calls.length = 0
    expect(new Server().emit('request')).toBe(true)
    return [...calls]
  }
  return { calls, Server, proto: Server.prototype, call }
}

describe('autowrapt and OpenTelemetry wrap one method: both run on every call, nested in order', () => {
  it('autowrapt first: OpenTelemetry wraps on top and leaves autowrapt\'s layer in place', () => {
    const warnings = captureWarnings()
    const { calls, proto, call } = setup()
    wrap(proto, 'emit', counting(calls, 'autowrapt'))
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    expect(call()).toEqual(['otel', 'autowrapt', 'original request'])
    expect(call()).toEqual(['otel', 'autowrapt', 'original request'])
    expect(warnings.codes()).toEqual([])
  })

  it('OpenTelemetry first: autowrapt wraps on top, with no AUTOWRAPT_DOUBLE_WRAP', () => {
    const warnings = captureWarnings()
    const { calls, proto, call } = setup()
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    expect(wrapFunction(proto, 'emit', (wrapped, thisArg, args) => { calls.push('autowrapt'); return Reflect.apply(wrapped, thisArg, args) }))
      .toBeTypeOf('function')
    expect(call()).toEqual(['autowrapt', 'otel', 'original request'])
    expect(warnings.codes()).toEqual([])
  })
})

describe('autowrapt.unwrap never removes OpenTelemetry\'s layer', () => {
  it('autowrapt first: autowrapt\'s layer under OpenTelemetry\'s becomes a pass-through', () => {
    const { calls, proto, call } = setup()
    wrap(proto, 'emit', counting(calls, 'autowrapt'))
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    expect(unwrap(proto, 'emit')).toBe(true)
    expect(call()).toEqual(['otel', 'original request'])
  })

  it('OpenTelemetry first: autowrapt\'s layer on top is removed, OpenTelemetry\'s stays', () => {
    const { calls, proto, call } = setup()
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    wrap(proto, 'emit', counting(calls, 'autowrapt'))
    expect(unwrap(proto, 'emit')).toBe(true)
    expect(call()).toEqual(['otel', 'original request'])
    expect(isWrapped(proto.emit)).toBe(false)
  })
})

describe('OpenTelemetry\'s clean-up never removes autowrapt\'s layer', () => {
  it('autowrapt first: OpenTelemetry\'s _unwrap removes its own layer only', () => {
    const { calls, proto, call } = setup()
    const ours = wrap(proto, 'emit', counting(calls, 'autowrapt'))
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    otel.unwrapFrom(proto, 'emit')
    expect(proto.emit).toBe(ours)
    expect(call()).toEqual(['autowrapt', 'original request'])
  })

  it('OpenTelemetry first: its _unwrap cannot reach under autowrapt, and autowrapt\'s layer stays', () => {
    const { calls, proto, call } = setup()
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    const ours = wrap(proto, 'emit', counting(calls, 'autowrapt'))
    // OpenTelemetry's shimmer prints "no original to unwrap to" here (its
    // console.error is bound at load, out of the test's reach).
    otel.unwrapFrom(proto, 'emit')
    expect(proto.emit).toBe(ours)
    expect(call()).toEqual(['autowrapt', 'otel', 'original request'])
  })

  it('OpenTelemetry re-patching (its _wrap again) keeps autowrapt\'s layer', () => {
    const { calls, proto, call } = setup()
    wrap(proto, 'emit', counting(calls, 'autowrapt'))
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    otel.wrapWith(proto, 'emit', counting(calls, 'otel'))
    expect(call()).toEqual(['otel', 'autowrapt', 'original request'])
  })
})

describe('isWrapped beside OpenTelemetry', () => {
  it('autowrapt recognises only its own layer; OpenTelemetry does not take autowrapt\'s for its own', async () => {
    const { isWrapped: otelIsWrapped } = await import('@opentelemetry/instrumentation')
    const { proto } = setup()
    const target = { other: () => 1 }
    const ours = wrap(proto, 'emit', counting([], 'autowrapt'))
    otel.wrapWith(target, 'other', counting([], 'otel'))
    expect(isWrapped(ours)).toBe(true)
    expect(otelIsWrapped(ours)).toBe(false)
    expect(isWrapped(target.other)).toBe(false)
    expect(otelIsWrapped(target.other)).toBe(true)
  })
})
