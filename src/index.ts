// Public API: re-exports only.
export { registerPostImportHook, whenImported, discoverPostImportHooks, notifyModuleLoaded, tracingStatus } from './api.js'
export type { TracingReportEntry } from './report/report.js'
export type { DiscoverySummary } from './bootstrap.js'
export type { ModuleFormat, ModuleInfo, PostImportHook } from './types.js'
export * from './wrap.js'
