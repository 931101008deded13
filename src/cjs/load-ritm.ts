// require-in-the-middle, loaded at the first require() that may reach a target
// (adapter.ts): the copy the application's lockfile installed, with its own
// `debug` (so DEBUG=require-in-the-middle shows its lines).
import type * as Ritm from 'require-in-the-middle'
import { requireOwn } from '../core/own-modules.js'

export function loadRequireInTheMiddle(): typeof Ritm {
  return requireOwn<typeof Ritm>('require-in-the-middle')
}
