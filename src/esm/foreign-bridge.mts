// Imported by another import-in-the-middle copy's wrapper of an autowrapt
// target: on the module.register path the loader thread appends this import to
// that wrapper's source (loader-thread.mts), so it evaluates, on the
// application thread, before the wrapper's body tells that copy's subscribers.
// It subscribes autowrapt to that copy in time (foreign-copies.ts).
import { createRequire } from 'node:module'
import type * as ForeignCopies from './foreign-copies.js'

const copy = new URL(import.meta.url).searchParams.get('copy')
if (copy !== null) (createRequire(import.meta.url)('./foreign-copies.js') as typeof ForeignCopies).subscribeToForeignCopy(copy)
