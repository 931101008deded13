// Public API: re-exports, and one check: a preload of this entry instead of
// autowrapt/register (only looked at when AUTOWRAPT_BOOTSTRAP is set).
if (process.env.AUTOWRAPT_BOOTSTRAP) require('./core/preload-check.js').checkMainEntryPreload()
export { registerPostImportHook, whenImported, discoverPostImportHooks, notifyModuleLoaded } from './api.js'
export type { DiscoverySummary } from './bootstrap.js'
export type { ModuleFormat, ModuleInfo, PostImportHook } from './types.js'
export * from './wrap.js'
