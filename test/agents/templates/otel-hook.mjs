// OpenTelemetry's ESM hook, registered as its docs say for ESM applications.
import { register } from 'node:module'

register('@opentelemetry/instrumentation/hook.mjs', import.meta.url)
