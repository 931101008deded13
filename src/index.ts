// Public API: re-exports, and one check: a preload of this entry instead of
// autowrapt/register (only looked at when AUTOWRAPT_BOOTSTRAP is set).
// scripts/bundle.mjs replaces tsc's output with a facade over dist/runtime.js
// and dist/wrap.js, so a hook file's `require('autowrapt')` shares the
// instance register.cjs loaded.
if (process.env.AUTOWRAPT_BOOTSTRAP) require('./core/preload-check.js').checkMainEntryPreload()
export { registerPostImportHook, whenImported, discoverPostImportHooks, notifyModuleLoaded, tracingStatus } from './api.js'
export type { TracingReportEntry } from './report/report.js'
export { trackNestedCalls, type NestedCalls } from './nested-calls.js'
export type { DiscoverySummary } from './bootstrap.js'
export type { ModuleFormat, ModuleInfo, PostImportHook } from './types.js'
// The AUTOWRAPT_REPORT file format (README, "Report format"), for tools that read it.
export type { Report, ReportEntry, ReportInstance, ReportOutcome } from './report/report.js'
export * from './wrap.js'
