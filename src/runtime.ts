// The runtime's core: what register.cjs/.mjs and the public API need on every
// start with AUTOWRAPT_BOOTSTRAP set. scripts/bundle.mjs bundles it, and every
// file it reaches, into dist/runtime.js; the mechanisms a start may not need
// (the ESM adapter, declarative tracing, the exit report, the wrapping
// toolkit) are bundles of their own, loaded when first used.
export { bootstrap } from './bootstrap.js'
export { registerPostImportHook, whenImported, discoverPostImportHooks, notifyModuleLoaded, tracingStatus } from './api.js'
export { checkMainEntryPreload } from './core/preload-check.js'
export { trackNestedCalls } from './nested-calls.js'
