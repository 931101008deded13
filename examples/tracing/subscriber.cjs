'use strict'
// A diagnostics_channel subscriber that knows nothing about autowrapt: it
// times every call published on the channels the tracing-timings entries
// declare, and prints one line per call to stderr.
const { tracingChannel } = require('node:diagnostics_channel')

const started = new WeakMap()
const done = (name, what) => (ctx) => {
  const ms = (performance.now() - started.get(ctx)).toFixed(2)
  process.stderr.write(`[timing] ${name} ${what(ctx)} ${ctx.error ? `failed (${ctx.error.message})` : 'ok'} in ${ms} ms\n`)
}
const start = (ctx) => started.set(ctx, performance.now())
const none = () => {}

tracingChannel('orchestrion:yaml:parse').subscribe({ start, end: done('yaml.parse', (ctx) => `${ctx.arguments[0].length} chars`), asyncStart: none, asyncEnd: none, error: none })
tracingChannel('orchestrion:axios:request').subscribe({ start, end: none, asyncStart: none, asyncEnd: done('axios.request', (ctx) => `${(ctx.arguments[1] ?? ctx.arguments[0])?.method ?? 'get'} ${typeof ctx.arguments[0] === 'string' ? ctx.arguments[0].replace(/:\d+/, ':<port>') : ''}`.trimEnd()), error: none })
tracingChannel('orchestrion:tmp:file').subscribe({ start, end: none, asyncStart: none, asyncEnd: done('tmp.file', () => 'callback'), error: none })
