// The post-import hook API (wrapt parity): register, decorator, discover, notify.
import { discoverInto, type DiscoverySummary } from './bootstrap.js'
import { getWiredState as getState } from './adapters.js'
import { toTarget } from './core/targets.js'
import type * as ReportModule from './report/report.js'
import type { TracingReportEntry } from './report/report.js'
import type { ModuleFormat, ModuleInfo, PostImportHook } from './types.js'

function assertHook(hook: unknown): asserts hook is PostImportHook {
  if (typeof hook !== 'function') throw new TypeError(`autowrapt: a post-import hook must be a function, got ${typeof hook}`)
}

/**
 * Registers `hook` to run when `target` loads: a package (`express`), a file
 * inside a package (`mysql2/lib/connection.js`) or a builtin (`http` or
 * `node:http`). If the target is already loaded, the hook runs at once.
 * Returns a function that removes the hook; it returns true if the hook had
 * not fired yet.
 *
 * ```ts
 * registerPostImportHook((express) => { wrap(express.Router, 'use', ...) }, 'express')
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as PostImportHook's default
export function registerPostImportHook<T = any>(hook: PostImportHook<T>, target: string): () => boolean {
  assertHook(hook)
  return getState().registry.register(toTarget(target), { load: () => hook })
}

/**
 * Decorator form of {@link registerPostImportHook}; returns the hook unchanged.
 *
 * ```ts
 * whenImported('pg')((pg, info) => { ... })
 * ```
 */
export function whenImported(target: string): <H extends PostImportHook>(hook: H) => H {
  const parsed = toTarget(target)
  return (hook) => {
    assertHook(hook)
    getState().registry.register(parsed, { load: () => hook })
    return hook
  }
}

/**
 * Does what one name of AUTOWRAPT_BOOTSTRAP does: `acme-patches`,
 * `acme-patches:experimental` or a group name. Problems are emitted as warnings
 * and returned.
 *
 * ```ts
 * discoverPostImportHooks('acme-apm')
 * ```
 */
export function discoverPostImportHooks(name: string): DiscoverySummary {
  if (typeof name !== 'string' || name.trim() === '')
    throw new TypeError('autowrapt: discoverPostImportHooks takes a package or group name')
  return discoverInto(getState(), name.trim())
}

/**
 * Fires the hooks of `target` by hand, for modules autowrapt cannot see
 * (bundled code, custom loaders). Returns the exports the caller should use,
 * which a hook may have replaced. Each exports object counts as one instance.
 *
 * ```ts
 * const pg = notifyModuleLoaded('pg', bundledPg, { version: '8.11.0' })
 * ```
 */
export function notifyModuleLoaded<T>(
  target: string,
  exports: T,
  info: Partial<Omit<ModuleInfo, 'name'>> & { format?: ModuleFormat } = {},
): T {
  const parsed = toTarget(target)
  if ((typeof exports !== 'object' || exports === null) && typeof exports !== 'function') {
    throw new TypeError('autowrapt: notifyModuleLoaded needs the module exports object')
  }
  const format = info.format ?? (parsed.kind === 'builtin' ? 'builtin' : 'commonjs')
  return getState().registry.moduleLoaded(parsed, exports as object, exports, { ...info, name: parsed.name, format }) as T
}

/**
 * The declarative tracing entries of this process and what became of each
 * (`applied`, `skipped-version`, `no-match`, `failed`, `not-loaded`,
 * `disabled`), with the diagnostics_channel name each publishes to, so a
 * subscriber can tell which channels are live.
 *
 * ```ts
 * for (const t of tracingStatus()) if (t.outcome === 'applied') subscribe(t.channel)
 * ```
 */
export function tracingStatus(): TracingReportEntry[] {
  // The report module is a bundle of its own, loaded only when asked for.
  return (require('./report/report.js') as typeof ReportModule).tracingReport(getState())
}
