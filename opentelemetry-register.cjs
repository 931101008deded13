'use strict'
// Side-effect entry: NODE_OPTIONS="--import autowrapt/opentelemetry/register"
// (or --require): autowrapt/register, then the OpenTelemetry bridge, so the
// tracing entries' channels become spans with no code and no AUTOWRAPT_OTEL.
// With AUTOWRAPT_BOOTSTRAP unset or empty nothing more than register loads.
require('./register.cjs')
if (/[^\s,]/.test(process.env.AUTOWRAPT_BOOTSTRAP || '')) require('./dist/otel/register.js')
