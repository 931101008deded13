// The one runtime module: the public API plus bootstrap(). The build bundles
// it into a single file (scripts/bundle.mjs), and register.cjs and the public
// entries (`autowrapt`, `autowrapt/wrap`) all reach it, so a start with hooks
// reads one file of autowrapt's instead of about thirty, and a hook file that
// imports `autowrapt` shares the instance register.cjs loaded.
export * from './index.js'
export { bootstrap } from './bootstrap.js'
// For load-runtime.ts, which loads this file and reports on its code cache.
export { debug } from './report/log.js'
export { ownsProcessState } from './core/node-features.js'
