// The loader's subscription to import-in-the-middle. It is made by the loader
// itself, once the loader is complete: import-in-the-middle replays the modules
// it has already wrapped (by another user of the same copy, OpenTelemetry's
// loader say) to a new subscriber synchronously, inside addHook. Nothing here
// may depend on the caller having returned first (the Node 20 crash
// "Cannot access 'loader' before initialization" came from exactly that).
import { dirname, join } from 'node:path'
import { reportInternalError } from './internal-error.js'
import { setForeignHook } from './foreign-copies.js'
import { requireOwn } from '../core/own-modules.js'

export type Namespace = Record<string, unknown>

/** One wrapped module, as the adapter receives it. */
export type ImportedModule = {
  readonly url: string
  readonly namespace: Namespace
  readonly specifier: string | undefined
  readonly format: string | undefined
  /** Loaded before autowrapt's hooks saw it (imported before bootstrap, or before its hook was registered). */
  readonly late: boolean
  /** Wrapped by autowrapt's own import-in-the-middle copy (else by another copy, see foreign-copies.ts). */
  readonly ownCopy: boolean
}

export type OnImported = (module: ImportedModule) => void

export type IitmHook = (url: string, namespace: Namespace, specifier?: string, format?: string) => void

/** lib/register.js of autowrapt's own copy: its wrappers import it, and it holds the subscribers. */
export function ownRegisterFile(): string {
  return join(dirname(require.resolve('import-in-the-middle/hook.mjs')), 'lib', 'register.js')
}

/**
 * Subscribes to autowrapt's own import-in-the-middle copy, and readies the
 * subscription to other copies (made when one of their wrappers shows up).
 */
export function subscribeToIitm(isLate: (url: string) => boolean, onImported: OnImported): void {
  setForeignHook(createIitmHook(isLate, onImported, false))
  const { addHook } = requireOwn<{ addHook: (hook: IitmHook) => void }>('import-in-the-middle')
  addHook(createIitmHook(isLate, onImported, true))
}

export function createIitmHook(isLate: (url: string) => boolean, onImported: OnImported, ownCopy = true): IitmHook {
  return (url, namespace, specifier, format) => {
    let module: ImportedModule
    try {
      module = { url, namespace, specifier, format, late: isLate(url), ownCopy }
    } catch (error) {
      reportInternalError('the ESM import callback', error)
      return
    }
    onImported(module)
  }
}
