// Loader-thread entry for module.register (Node versions without usable
// module.registerHooks). autowrapt registers it itself; you never pass it by
// hand: given to --loader it prints AUTOWRAPT_LOADER_MISUSE and does nothing.
export { initialize, resolve, load } from './dist/esm/loader-thread.mjs'
