// require() inside a CommonJS module that Node evaluates through the ESM loader
// (a module.register loader returned `format: 'commonjs'` with source, and the
// modules such a require() loads in turn). Those require() calls reach the
// loader hooks as absolute `file:` URLs with the *import* conditions, and on
// Node 20 and 22 import-in-the-middle would wrap a target there in an ES module
// that this require() cannot link (ERR_VM_MODULE_LINK_FAILURE: the application
// crashed). They are never wrapped.
//
// Where the module such a require() loads comes without source, Node hands it
// to its CommonJS loader by filename (Node 24+), and cjs/loaded-by-filename.ts
// hooks it. Where it comes with source (Node 20 and 22 read it themselves, or a
// loader transpiled it), Node evaluates it with neither require() nor
// Module._load: no hook can see it, and a target there is reported as such.
type ResolveContext = { parentURL?: string; conditions?: readonly string[] }
export type LoadResult = { format?: string | null; source?: unknown }

export type CjsRequireGuardOptions = {
  /** Whether a module URL belongs to a hook target (its package, or a file target). */
  isTarget: (url: string) => boolean
  /** A target such a require() resolved to (application thread: hand it to the CommonJS side). */
  onRequired?: (url: string) => void
  /** A target that will load where no hook can see it. */
  onUnhookable: (url: string, parentURL: string) => void
}

// Node 24+ hands a CommonJS child that comes without source to
// Module._load(filename) (observed on 24.22 and 26.12); Node 20 and 22 read its
// source and evaluate it in the ESM translator (loadCJSModule) whatever the
// hooks return. The loader thread cannot use core/node-features.ts, so it is here.
const childrenLoadByFilename = Number(process.versions.node.split('.')[0]) >= 24

export function createCjsRequireGuard(options?: CjsRequireGuardOptions) {
  const commonJs = new Set<string>()
  const requiredFrom = new Map<string, string>()
  return {
    /** Whether this resolution is a require() inside a CommonJS module the ESM loader evaluates. */
    isRequireInCommonJs(specifier: string, context: ResolveContext): boolean {
      const parent = context.parentURL
      return parent !== undefined && specifier.startsWith('file:') && !context.conditions?.includes('require') && commonJs.has(parent)
    },
    /** Remembers a target such a require() resolved to; returns the resolution unchanged. */
    required<T extends { url: string }>(result: T, parentURL: string): T {
      if (options?.isTarget(result.url)) {
        requiredFrom.set(result.url, parentURL)
        options.onRequired?.(result.url)
      }
      return result
    },
    /** Called with every load result: remembers the CommonJS ones, and reports unhookable targets. */
    loaded<T extends LoadResult>(url: string, result: T): T {
      if (result.format !== 'commonjs') return result
      commonJs.add(url)
      const parent = requiredFrom.get(url)
      if (parent !== undefined && (!childrenLoadByFilename || result.source != null)) {
        requiredFrom.delete(url)
        options?.onUnhookable(url, parent)
      }
      return result
    },
  }
}

/** `pkg` or `@scope/pkg` of a URL inside node_modules. */
export function packageOfUrl(url: string): string | undefined {
  const at = url.lastIndexOf('/node_modules/')
  if (at === -1) return undefined
  const parts = url.slice(at + '/node_modules/'.length).split('/')
  return parts[0]!.startsWith('@') ? (parts.length > 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts.length > 1 ? parts[0] : undefined
}

// Where the guard runs on the application thread (in-thread hooks), the adapter
// subscribes here to record each unhookable module in the report.
const unhookableListeners: Array<(url: string, reason: string) => void> = []
export function onUnhookable(listener: (url: string, reason: string) => void): void {
  unhookableListeners.push(listener)
}

/** Warns (AUTOWRAPT_UNHOOKABLE) and tells the subscribers; application thread only. */
export function reportUnhookable(warnUnhookable: (message: string) => void, url: string, parentURL: string): void {
  warnUnhookable(unhookableMessage(url, parentURL))
  for (const listener of unhookableListeners)
    listener(
      url,
      `required by ${parentURL}, CommonJS whose source a module.register loader returned, which Node ${process.version} evaluates without require() or Module._load`,
    )
}

export function unhookableMessage(url: string, parentURL: string): string {
  return (
    `${url} (a module of a hook target) is required by ${parentURL}, a CommonJS module that a module.register loader returned as source; ` +
    `Node ${process.version} evaluates it with neither require() nor Module._load, so no hook can see it and its hooks do not fire for it`
  )
}
