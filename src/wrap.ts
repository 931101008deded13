// The face of `autowrapt/wrap`: the wrapping toolkit alone, with no side
// effects and nothing from the core or the adapters.
export * from './wrap/wrap.js'
