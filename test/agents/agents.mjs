// The agents of the suite and how an operator starts each one, following the
// agent's own docs, for a CommonJS and an ESM application. Every agent runs
// without network: its telemetry is counted in-process (templates/*).
//
// `first` and `last` are the kind of flag (--require or --import) that loads
// the agent first and last: autowrapt is given the same kind, so that
// "autowrapt first" and "agent first" are real orders (Node runs every
// --require before any --import).

const quietDatadog = {
  // Nothing listens here: exports fail at once and dd-trace logs nothing
  // about it unless DD_TRACE_DEBUG is set.
  DD_TRACE_AGENT_URL: 'http://127.0.0.1:9',
  DD_SERVICE: 'agents-app',
  DD_TRACE_STARTUP_LOGS: 'false',
  DD_INSTRUMENTATION_TELEMETRY_ENABLED: 'false',
  DD_REMOTE_CONFIGURATION_ENABLED: 'false',
}

const quietElastic = {
  ELASTIC_APM_SERVICE_NAME: 'agents-app',
  ELASTIC_APM_DISABLE_SEND: 'true',
  ELASTIC_APM_CENTRAL_CONFIG: 'false',
  ELASTIC_APM_CLOUD_PROVIDER: 'none',
  ELASTIC_APM_METRICS_INTERVAL: '0s',
  ELASTIC_APM_LOG_LEVEL: 'warning',
}

export const agents = [
  {
    name: 'opentelemetry',
    packages: ['@opentelemetry/sdk-node', '@opentelemetry/auto-instrumentations-node'],
    flags: (kind) => kind === 'esm'
      ? ['--import', './otel-hook.mjs', '--import', './otel.mjs']
      : ['--import', './otel.mjs'],
    first: () => '--import',
    last: () => '--import',
    env: {},
  },
  {
    name: 'datadog',
    packages: ['dd-trace'],
    flags: () => ['--require', './datadog-count.cjs', '--import', 'dd-trace/initialize.mjs'],
    first: () => '--import',
    last: () => '--import',
    env: quietDatadog,
  },
  {
    name: 'sentry',
    packages: ['@sentry/node'],
    flags: () => ['--import', './sentry.mjs'],
    first: () => '--import',
    last: () => '--import',
    env: {},
  },
  {
    name: 'elastic',
    packages: ['elastic-apm-node'],
    flags: (kind) => kind === 'esm'
      ? ['--require', 'elastic-apm-node/start', '--require', './elastic-count.cjs', '--import', './elastic-loader.mjs']
      : ['--require', 'elastic-apm-node/start', '--require', './elastic-count.cjs'],
    first: () => '--require',
    last: (kind) => (kind === 'esm' ? '--import' : '--require'),
    env: quietElastic,
  },
]

/** The node arguments of one run: the agent's flags, autowrapt's before or after them, the app. */
export function argsFor({ agent, kind, order, autowrapt }) {
  const app = kind === 'esm' ? './app.mjs' : './app.cjs'
  const agentFlags = agent ? agent.flags(kind) : []
  if (!autowrapt) return [...agentFlags, app]
  if (!agent) return ['--import', 'autowrapt/register', app]
  if (order === 'autowrapt-first') return [agent.first(kind), 'autowrapt/register', ...agentFlags, app]
  return [...agentFlags, agent.last(kind), 'autowrapt/register', app]
}
