// require-in-the-middle, loaded at the first require() that may reach a target
// (adapter.ts). In dist/runtime.js it is bundled (scripts/bundle.mjs): its
// code comes from the runtime's code cache instead of being resolved, read
// and compiled from its files on every start, and its `require('debug')` is
// ritm-debug.ts. The version bundled is the one package-lock.json pins
// (package.json's `~` range) when autowrapt is built.
import type * as Ritm from 'require-in-the-middle'

export function loadRequireInTheMiddle(): typeof Ritm {
  return require('require-in-the-middle') as typeof Ritm
}
