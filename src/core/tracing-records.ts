// Declared tracing entries and what became of them, per process. The tracing
// adapter appends outcomes; the report and the public API read them.
import type { TracingSpec } from './tracing-spec.js'

export type TracingOutcome =
  | { status: 'applied'; file: string; format: 'commonjs' | 'module'; version: string | undefined; functions: number; ms: number }
  | { status: 'skipped-version'; file: string; version: string | undefined; range: string }
  | {
      status: 'no-match'
      file: string
      format: 'commonjs' | 'module'
      version: string | undefined
      /** What the file has instead: a "did you mean", or what is missing. */
      hint?: string | undefined
    }
  | { status: 'failed'; file: string; format: 'commonjs' | 'module'; error: string }

export type TracingRecord = {
  readonly spec: TracingSpec
  readonly packageName: string
  readonly packageDir: string
  /** The diagnostics_channel name the transformed code publishes to. */
  readonly channel: string
  /** Turned off by AUTOWRAPT_DISABLE: never applied. */
  readonly disabled: boolean
  readonly outcomes: TracingOutcome[]
  /** For an entry with no outcome yet: which files of its package loaded instead, or why none did (set when outcomes are read). */
  notLoaded?: string | undefined
}

/** One word for a record, as the report and `tracingStatus()` give it. */
export type TracingSummary = 'applied' | 'skipped-version' | 'no-match' | 'failed' | 'not-loaded' | 'disabled'

export function summarizeTracing(record: TracingRecord): TracingSummary {
  if (record.disabled) return 'disabled'
  const statuses = new Set(record.outcomes.map((o) => o.status))
  for (const status of ['failed', 'no-match', 'applied', 'skipped-version'] as const) if (statuses.has(status)) return status
  return 'not-loaded'
}
