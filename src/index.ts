// Public API: re-exports only.
export { registerPostImportHook, whenImported, discoverPostImportHooks, notifyModuleLoaded, tracingStatus } from './api.js'
export type { TracingReportEntry } from './report/report.js'
export type { DiscoverySummary } from './bootstrap.js'
export type { ModuleFormat, ModuleInfo, PostImportHook } from './types.js'
// The AUTOWRAPT_REPORT file format (README, "Report format"), for tools that read it.
export type { Report, ReportEntry, ReportInstance, ReportOutcome } from './report/report.js'
export * from './wrap.js'
