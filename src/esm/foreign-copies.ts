// Main thread: other copies of import-in-the-middle in this process (dd-trace
// and elastic-apm-node ship their own; an npm tree may hold several majors).
// Only one wrapper is loaded per module URL (see foreign-wrapper.ts), and it
// tells only its own copy's subscribers. So autowrapt keeps both sides told:
// - when another copy's wrapper is the one loaded, autowrapt subscribes to
//   that copy (through its public `addHook`) before the wrapper evaluates;
// - when autowrapt's wrapper is the one loaded, autowrapt hands the module to
//   the other copies' subscribers, through the five-argument
//   `register(url, namespace, set, get, specifier)` that generated wrappers of
//   every major (1.x, 2.x, and 3.x's legacy form) call.
import { createRequire } from 'node:module'
import { dirname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import type { IitmHook, Namespace } from './subscription.js'

type RegisterModule = {
  register: (url: string, namespace: object, set: object, get: object, specifier: string | undefined) => void
  importHooks?: unknown[]
  specifiers?: Map<string, string | undefined>
}

let foreignHook: IitmHook | undefined
const subscribed = new Set<string>()
const copyOfFile = new Map<string, boolean>()
const REGISTER_SUFFIX = `${sep}lib${sep}register.js`

// foreign-bridge.mts is a file of its own, while this module is bundled into
// dist/runtime.js (scripts/bundle.mjs): were the bridge to load this file, it
// would get a second copy without the hook. It calls this one through a
// process-wide slot instead.
const BRIDGE_SLOT = Symbol.for('autowrapt.esm.subscribeToForeignCopy')

/** The loader hands over the hook that feeds the adapter (the same one it gives its own copy). */
export function setForeignHook(hook: IitmHook): void {
  foreignHook = hook
  Object.defineProperty(globalThis, BRIDGE_SLOT, { value: subscribeToForeignCopy, configurable: true, enumerable: false, writable: true })
}

/** Subscribes to the copy whose lib/register.js is at `registerUrl`, once. */
export function subscribeToForeignCopy(registerUrl: string): void {
  const hook = foreignHook
  if (hook === undefined) return
  let file: string
  try {
    file = fileURLToPath(registerUrl)
  } catch {
    return
  }
  if (subscribed.has(file)) return
  subscribed.add(file)
  try {
    const load = createRequire(file)
    const registerModule = load(file) as RegisterModule
    const { addHook } = load(dirname(dirname(file))) as { addHook: (hook: IitmHook) => void }
    // 1.x passes no specifier to its subscribers; its register module keeps it.
    addHook((url, namespace, specifier, format) => hook(url, namespace, specifier ?? registerModule.specifiers?.get(url), format))
    if (debugEnabled)
      debug('esm', `subscribed to the import-in-the-middle copy at ${dirname(dirname(file))}, whose wrappers load ahead of autowrapt's`)
  } catch (error) {
    warn(
      WarningCode.ForeignLoader,
      `could not subscribe to the import-in-the-middle copy at ${dirname(dirname(file))}: ${describeError(error)}; ESM targets it wraps are not hooked by autowrapt`,
    )
  }
}

function isIitmCopy(registerFile: string): boolean {
  let known = copyOfFile.get(registerFile)
  if (known === undefined) {
    try {
      const manifest = JSON.parse(readFileSync(dirname(dirname(registerFile)) + sep + 'package.json', 'utf8')) as { name?: unknown }
      known = manifest.name === 'import-in-the-middle'
    } catch {
      known = false
    }
    copyOfFile.set(registerFile, known)
  }
  return known
}

/** The other copies loaded on this thread (their lib/register.js is in require.cache once an agent uses them). */
function foreignCopies(ownRegisterFile: string): Array<{ file: string; module: RegisterModule }> {
  const copies: Array<{ file: string; module: RegisterModule }> = []
  for (const [file, entry] of Object.entries(require.cache)) {
    if (file === ownRegisterFile || !file.endsWith(REGISTER_SUFFIX) || entry === undefined || !isIitmCopy(file)) continue
    copies.push({ file, module: entry.exports as RegisterModule })
  }
  return copies
}

/**
 * Tells the other copies' subscribers about a target module that autowrapt's
 * own wrapper loaded. Their writes go through autowrapt's namespace, so every
 * importer sees them.
 */
export function forwardToForeignCopies(url: string, namespace: Namespace, specifier: string | undefined, ownRegisterFile: string): void {
  for (const copy of foreignCopies(ownRegisterFile)) {
    const { register, importHooks, specifiers } = copy.module
    if (typeof register !== 'function' || importHooks?.length === 0 || specifiers?.has(url)) continue
    const { view, set, get } = legacyView(namespace)
    try {
      register(url, view, set, get, specifier)
      if (debugEnabled) debug('esm', `handed ${url} to the import-in-the-middle copy at ${dirname(dirname(copy.file))}`)
    } catch (error) {
      warn(
        WarningCode.ForeignLoader,
        `a hook of the import-in-the-middle copy at ${dirname(dirname(copy.file))} threw on ${url}: ${describeError(error)}`,
      )
    }
  }
}

// The namespace, setters and getters a 1.x/2.x wrapper would pass, over autowrapt's namespace.
function legacyView(namespace: Namespace) {
  const view = Object.create(null, { [Symbol.toStringTag]: { value: 'Module' } }) as Record<string, unknown>
  const set: Record<string, (value: unknown) => boolean> = {}
  const get: Record<string, () => unknown> = {}
  for (const key of Object.keys(namespace)) {
    view[key] = namespace[key]
    set[key] = (value) => {
      namespace[key] = value
      view[key] = value
      return true
    }
    get[key] = () => namespace[key]
  }
  return { view, set, get }
}
