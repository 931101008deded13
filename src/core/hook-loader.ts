// Lazy loading of declared hook files. Only package.json files are read at
// startup; a hook file is loaded the first time one of its targets loads.
import { locateHookFile } from './hook-files.js'
import { debug, debugEnabled, describeError, WarningCode } from '../report/log.js'
import { hookRef } from './manifest.js'
import { exportShape, missingExportMessage } from './hook-export.js'
import { atFrame, withHookStacks } from './hook-frame.js'
import type { PostImportHook } from '../types.js'

/** Where a declared hook comes from; absent for hooks registered by code. */
export type HookOrigin = {
  readonly packageName: string
  readonly packageDir: string
  readonly file: string
  readonly exportName: string | undefined
  readonly group: string | undefined
}

function label(origin: HookOrigin): string {
  return `${hookRef(origin)} of "${origin.packageName}"`
}

/**
 * Picks the hook function out of a loaded hook module. Only the module's own
 * exports count: `#toString` or `#constructor` must not pick up what every
 * object inherits.
 */
export function pickExport(loaded: unknown, exportName: string | undefined): unknown {
  if (loaded === null || loaded === undefined) return undefined
  const own = (name: string) => (Object.prototype.hasOwnProperty.call(loaded, name) ? (loaded as Record<string, unknown>)[name] : undefined)
  if (exportName !== undefined) return own(exportName)
  // A CommonJS module whose module.exports is the function, or a default export
  // (ESM, or CommonJS compiled from TypeScript with `exports.default`).
  if (typeof loaded === 'function') return loaded
  return own('default')
}

/** A hook that cannot be loaded; the registry warns with `code` and records the failure. */
export class HookLoadError extends Error {
  constructor(
    readonly code: WarningCode,
    message: string,
    readonly original?: unknown,
  ) {
    super(message)
  }
}

/**
 * Returns a loader for the hook an origin names. The loader resolves the file,
 * checks it stays inside its package (also through symlinks), requires it
 * (CommonJS or ESM through require(esm)) and picks the export. It throws a
 * HookLoadError on any failure.
 */
export function createHookLoader(origin: HookOrigin): () => PostImportHook {
  let loaded: PostImportHook | undefined
  return () => {
    if (loaded !== undefined) return loaded
    const located = locateHookFile(origin.packageDir, origin.file, label(origin))
    if (!located.ok) {
      const outcome = located.problem.code === WarningCode.UnsafeHookPath ? 'refused' : 'the hook is skipped'
      throw new HookLoadError(located.problem.code, `${located.problem.message}; ${outcome}`)
    }
    const real = located.value
    let module: unknown
    try {
      if (debugEnabled) debug('core', `loading hook file ${real}`)
      module = withHookStacks(() => require(real))
    } catch (error) {
      throw new HookLoadError(
        WarningCode.HookLoadFailed,
        `hook file ${label(origin)} failed to load${atFrame(error, origin.packageDir)}: ${describeError(error)}; the hook is skipped`,
        error,
      )
    }
    const hook = pickExport(module, origin.exportName)
    if (typeof hook !== 'function') {
      const message = missingExportMessage(origin.exportName, exportShape(module, hook))
      throw new HookLoadError(WarningCode.HookExport, `hook file ${label(origin)} ${message}; the hook is skipped`)
    }
    loaded = hook as PostImportHook
    return loaded
  }
}
