// The face of `autowrapt/testing`: helpers for testing patch packages against
// real targets. Importing it has no side effects and bootstraps nothing.
export { runWithHooks, type RunWithHooksOptions, type RunWithHooksResult } from './testing/run.js'
export { applyHook, type ApplyHookOptions, type AppliedHook } from './testing/apply-hook.js'
export { parseWarnings, readReports, type ChildWarning } from './testing/output.js'
export { assertNoWarnings } from './testing/warnings.js'
export type { Report, ReportEntry, ReportOutcome } from './report/report.js'
export { recordSpans, spanTree, type SpanNode, type SpanRecorder } from './testing/spans.js'
