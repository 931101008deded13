export { registerPostImportHook, whenImported, discoverPostImportHooks, notifyModuleLoaded, tracingStatus } from './api.js';
export type { TracingReportEntry } from './report/report.js';
export type { DiscoverySummary } from './bootstrap.js';
export type { ModuleFormat, ModuleInfo, PostImportHook } from './types.js';
export type { Report, ReportEntry, ReportInstance, ReportOutcome } from './report/report.js';
export * from './wrap.js';
