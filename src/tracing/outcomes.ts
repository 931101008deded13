// Main-thread side of outcomes: each one is stored on its record (for the
// report and tracingStatus()) and said once, as a debug line or a warning.
import type { TracingOutcome, TracingRecord } from '../core/tracing-records.js'
import { describeEntry } from '../core/tracing-spec.js'
import { debug, debugEnabled, warn, WarningCode } from '../report/log.js'

function who(record: TracingRecord): string {
  return `tracing entry ${record.spec.jsonPath} of "${record.packageName}" (${describeEntry(record.spec)})`
}

/** The line for an outcome: a warning code and message, or a debug message. */
export function describeOutcome(record: TracingRecord, outcome: TracingOutcome): { code?: WarningCode; message: string } {
  switch (outcome.status) {
    case 'applied':
      return {
        message: `applied ${who(record)} to ${outcome.file}: ${outcome.functions} function${outcome.functions === 1 ? '' : 's'} (${outcome.format}, ${outcome.ms.toFixed(2)} ms)`,
      }
    case 'skipped-version':
      return {
        message: `skipped ${who(record)} on ${outcome.file}: version ${outcome.version ?? '(unknown)'} does not satisfy "${outcome.range}"`,
      }
    case 'no-match':
      return {
        code: WarningCode.TracingNoMatch,
        message: `${who(record)} matched no function in ${outcome.file}${outcome.hint === undefined ? '' : ` (${outcome.hint})`}; it loads without this entry's tracing`,
      }
    case 'failed':
      return {
        code: WarningCode.TracingFailed,
        message: `${who(record)} could not transform ${outcome.file}: ${outcome.error}; the file loads unchanged`,
      }
  }
}

export function recordOutcome(record: TracingRecord, outcome: TracingOutcome): void {
  record.outcomes.push(outcome)
  const line = describeOutcome(record, outcome)
  if (line.code !== undefined) warn(line.code, line.message)
  else if (debugEnabled) debug('tracing', line.message)
}
