// The face of `autowrapt/opentelemetry`: the bridge from tracing entries to
// OpenTelemetry spans as an instrumentation object (docs/opentelemetry.md).
// Importing it has no side effects.
export { AutowraptInstrumentation, type AutowraptInstrumentationConfig } from './otel/instrumentation.js'
