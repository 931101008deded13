// The post-import hook registry, with wrapt's semantics:
// - a hook registered before its target loads waits, and fires when it loads;
// - a hook registered after the target loaded fires at once (with a warning for
//   non-builtins: references may already have been captured);
// - a hook fires once per module instance (CommonJS and ESM instances of a dual
//   package are two instances) and never twice on the same one;
// - hooks run outside any lock, so a hook may register hooks or load modules.
// Adapters (CommonJS, ESM, builtins) feed it through `moduleLoaded`.
import { syncBuiltinESMExports } from 'node:module'
import { HookLoadError, type HookOrigin } from './hook-loader.js'
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { hookRef } from './manifest.js'
import { atFrame, withHookStacks } from './hook-frame.js'
import { createReplacements } from './module-instance.js'
import type { Target } from './targets.js'
import type { ModuleFormat, ModuleInfo, PostImportHook } from '../types.js'
import { isValidRange, satisfiesRange } from './versions.js'
import { watchAsyncResult } from './async-hooks.js'

/** What happened to one hook on one module instance (or, for `unavailable`, on one module system). */
export type Outcome =
  | {
      status: 'fired'
      format: ModuleFormat
      version: string | undefined
      ms: number
      filename: string | undefined
      late: boolean
      /** Inside a bundle: the module's file at build time (ModuleInfo.bundled). */
      bundled?: string
    }
  | { status: 'skipped-version'; format: ModuleFormat; version: string | undefined; range: string }
  | { status: 'failed'; format: ModuleFormat; error: string }
  /** The adapter for `format` could not be installed, so this hook never sees modules of that format. */
  | { status: 'unavailable'; format: ModuleFormat; error: string }
  /** The module loaded, but another loader wrapped it where autowrapt's hooks could not reach it (`loader` names it). */
  | { status: 'wrapped-by-another-loader'; format: ModuleFormat; filename: string | undefined; loader: string }
  /** The module loaded where Node lets no hook see it (`reason` says where). */
  | { status: 'unhookable'; format: ModuleFormat; reason: string }
  /**
   * The module loaded and its hook (or the hook file) was still running: what an
   * exit report finds when the hook called process.exit. Replaced by the hook's
   * outcome when it returns.
   */
  | { status: 'running'; format: ModuleFormat; version: string | undefined; filename: string | undefined }

export type HookEntry = {
  /** Returns the hook function, loading it lazily; throws (HookLoadError) when it cannot be loaded. */
  readonly load: () => PostImportHook
  readonly versions?: string | undefined
  readonly origin?: HookOrigin | undefined
}

export type HookRecord = HookEntry & {
  readonly target: Target
  readonly outcomes: Outcome[]
  readonly firedOn: WeakSet<object>
  removed: boolean
  broken: boolean
  /** Declared but turned off by AUTOWRAPT_DISABLE: kept for the report, never fired. */
  readonly disabled: boolean
}

/** A module system whose adapter could not be installed, and which targets it would have served. */
type Unavailable = { readonly format: ModuleFormat; readonly serves: (target: Target) => boolean; readonly error: string }

type Instance = { readonly key: object; exports: unknown; readonly info: ModuleInfo; firing: boolean; late: boolean }

export type Registry = ReturnType<typeof createRegistry>

export function describeHook(record: { target: Target; origin?: HookOrigin | undefined }): string {
  const o = record.origin
  if (!o) return `hook on "${record.target.name}"`
  return `hook "${o.packageName}${o.group ? `:${o.group}` : ''}" on "${record.target.name}" (${hookRef(o)})`
}

export function createRegistry(options: { strict?: boolean } = {}) {
  const hooks = new Map<string, HookRecord[]>()
  const instances = new Map<string, Instance[]>()
  const targetListeners: Array<(target: Target) => void> = []
  const disabled: HookRecord[] = []
  const unavailable: Unavailable[] = []
  // A hook's replacement stands for the instance it replaced (module-instance.ts).
  const replacements = createReplacements()

  function channel(info: ModuleInfo) {
    return info.format === 'builtin' ? 'builtin' : info.format === 'module' ? 'esm' : 'cjs'
  }

  function versionAllows(record: HookRecord, instance: Instance): boolean {
    const range = record.versions
    if (range === undefined || instance.info.format === 'builtin') return true
    if (!isValidRange(range)) {
      record.broken = true
      warn(WarningCode.InvalidRange, `${describeHook(record)} has an invalid version range "${range}"; the hook is ignored`)
      return false
    }
    const version = instance.info.version
    if (version !== undefined && satisfiesRange(version, range)) return true
    record.outcomes.push({ status: 'skipped-version', format: instance.info.format, version, range })
    if (debugEnabled)
      debug(channel(instance.info), `skip ${describeHook(record)}: version ${version ?? '(unknown)'} does not satisfy "${range}"`)
    return false
  }

  // Applies one hook to one instance. Errors are contained unless strict.
  function fire(record: HookRecord, instance: Instance): void {
    if (record.removed || record.broken || record.firedOn.has(instance.key)) return
    record.firedOn.add(instance.key)
    if (!versionAllows(record, instance)) return
    // Held until the hook returns: a hook (or hook file) that exits the process
    // leaves it, and the report says the target loaded and its hook was running.
    const { format, version, filename } = instance.info
    const slot = record.outcomes.push({ status: 'running', format, version, filename }) - 1
    const settle = (outcome: Outcome) => void (record.outcomes[slot] = outcome)
    let hook: PostImportHook
    try {
      hook = record.load()
    } catch (error) {
      record.broken = true
      const loadError = error instanceof HookLoadError ? error : undefined
      settle({ status: 'failed', format: instance.info.format, error: loadError ? loadError.message : describeError(error) })
      if (options.strict) throw loadError?.original ?? error
      warn(
        loadError ? loadError.code : WarningCode.HookLoadFailed,
        loadError ? loadError.message : `${describeHook(record)} could not be loaded: ${describeError(error)}`,
      )
      return
    }
    // process.hrtime, not the `performance` global: its first use loads perf_hooks (about 1 ms and 1 MB).
    const start = process.hrtime.bigint()
    let result: unknown
    try {
      result = withHookStacks(() => hook(instance.exports, instance.info))
    } catch (error) {
      const where = atFrame(error, record.origin?.packageDir)
      settle({ status: 'failed', format: instance.info.format, error: `${describeError(error)}${where}` })
      if (options.strict) throw error
      warn(
        WarningCode.HookFailed,
        `${describeHook(record)} threw${where}: ${describeError(error)}; the module was loaded unpatched by this hook`,
      )
      return
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    // An async hook's promise is never a replacement; its rejection is a failure like a throw.
    if (watchAsyncResult(result, (error) => asyncHookFailed(record, instance, error))) result = undefined
    settle({
      status: 'fired',
      format: instance.info.format,
      version: instance.info.version,
      ms,
      filename: instance.info.filename,
      late: instance.late,
      ...(instance.info.bundled !== undefined ? { bundled: instance.info.bundled } : {}),
    })
    if (debugEnabled)
      debug(
        channel(instance.info),
        `fired ${describeHook(record)} on ${instance.info.filename ?? instance.info.name} (${instance.info.format}) in ${ms.toFixed(2)} ms`,
      )
    if (result !== undefined && result !== instance.exports) {
      if (instance.info.format === 'builtin') {
        warn(
          WarningCode.BuiltinReplaced,
          `${describeHook(record)} returned a value; builtins are patched in place, so the value is ignored`,
        )
      } else {
        instance.exports = result
        replacements.record(result, instance.key)
      }
    }
  }

  function asyncHookFailed(record: HookRecord, instance: Instance, error: unknown): void {
    record.outcomes.push({ status: 'failed', format: instance.info.format, error: `rejected: ${describeError(error)}` })
    warn(
      WarningCode.HookFailed,
      `${describeHook(record)} returned a promise that rejected: ${describeError(error)}; the hook's synchronous part ran, nothing waited for the rest`,
    )
    // Strict: the rejection reaches the application as an unhandled rejection
    // (it cannot reach the importer, which has already returned).
    if (options.strict) throw error
  }

  function fireAll(instance: Instance, records: HookRecord[]): void {
    // Indexing the live array keeps registration order and picks up hooks
    // registered by a hook while we are firing (they fire at once anyway).
    const outer = instance.firing
    instance.firing = true
    try {
      for (let i = 0; i < records.length; i++) fire(records[i]!, instance)
    } finally {
      instance.firing = outer
    }
    if (instance.info.format === 'builtin') syncBuiltinESMExports()
  }

  return {
    strict: options.strict === true,

    /** Adds a hook; returns a function that removes it (true if it had not fired). */
    register(target: Target, entry: HookEntry): () => boolean {
      const record = newRecord(target, entry, false)
      let records = hooks.get(target.name)
      const isNewTarget = records === undefined
      if (records === undefined) hooks.set(target.name, (records = []))
      records.push(record)
      if (debugEnabled) debug('core', `registered ${describeHook(record)}${record.versions ? ` for versions "${record.versions}"` : ''}`)
      for (const instance of instances.get(target.name) ?? []) {
        if (instance.info.format !== 'builtin') {
          warnLate(record, instance)
          instance.late ||= !instance.firing
        }
        fireAll(instance, [record])
      }
      // A copy: a listener may install an adapter that subscribes (and already covers this target).
      if (isNewTarget) for (const listener of [...targetListeners]) listener(target)
      return () => {
        const index = records.indexOf(record)
        if (index !== -1) records.splice(index, 1)
        record.removed = true
        return record.outcomes.length === 0
      }
    },

    /**
     * Called by an adapter when a module instance of `target` has loaded.
     * Returns the exports the importer should see (a hook may replace them).
     * `late` marks instances that loaded before their hooks were registered.
     */
    moduleLoaded(target: Target, key: object, exports: unknown, info: ModuleInfo, late = false): unknown {
      key = replacements.instanceOf(key)
      let list = instances.get(target.name)
      if (list === undefined) instances.set(target.name, (list = []))
      let instance = list.find((i) => i.key === key)
      if (instance === undefined) list.push((instance = { key, exports, info, firing: false, late }))
      const records = hooks.get(target.name)
      if (records === undefined || records.length === 0) return instance.exports
      if (late && info.format !== 'builtin') for (const record of records) warnLate(record, instance)
      fireAll(instance, records)
      return instance.exports
    },

    /**
     * Called by an adapter when an instance of `target` loaded where autowrapt's
     * hooks could not reach it, because another loader wrapped it (`loader`
     * names it). Recorded on the hooks that met no instance otherwise; returns
     * whether any was.
     */
    moduleMissed(target: Target, info: ModuleInfo, loader: string): boolean {
      let recorded = false
      for (const record of hooks.get(target.name) ?? []) {
        if (record.removed || record.outcomes.length > 0) continue
        record.outcomes.push({ status: 'wrapped-by-another-loader', format: info.format, filename: info.filename, loader })
        recorded = true
      }
      return recorded
    },

    /**
     * A module of `target` loaded where Node lets no hook see it: recorded for
     * the report (the adapter has warned, AUTOWRAPT_UNHOOKABLE).
     */
    unhookable(target: Target, format: ModuleInfo['format'], reason: string): void {
      for (const record of hooks.get(target.name) ?? []) record.outcomes.push({ status: 'unhookable', format, reason })
    },

    targets(): Target[] {
      return [...hooks.values()].filter((r) => r.length > 0).map((r) => r[0]!.target)
    },

    /** Every hook, registered or disabled, in registration order (disabled ones last). */
    records(): HookRecord[] {
      return [...[...hooks.values()].flat(), ...disabled]
    },

    /** Records a declared hook that AUTOWRAPT_DISABLE turned off: reported, never fired, no adapter installed for it. */
    registerDisabled(target: Target, entry: HookEntry): void {
      disabled.push(newRecord(target, entry, true))
      if (debugEnabled)
        debug('core', `AUTOWRAPT_DISABLE turns off the hook of "${entry.origin?.packageName ?? '(code)'}" on "${target.name}"`)
    },

    /**
     * Records that the adapter for `format` could not be installed: every hook
     * on a target it `serves`, now or later, gets an `unavailable` outcome.
     */
    markUnavailable(format: ModuleFormat, serves: (target: Target) => boolean, error: string): void {
      const entry = { format, serves, error }
      unavailable.push(entry)
      for (const record of [...hooks.values()].flat())
        if (serves(record.target)) record.outcomes.push({ status: 'unavailable', format, error })
    },

    /** Adapters subscribe to learn about targets registered later (to hook them too). */
    onNewTarget(listener: (target: Target) => void): void {
      targetListeners.push(listener)
    },
  }

  function newRecord(target: Target, entry: HookEntry, isDisabled: boolean): HookRecord {
    const record: HookRecord = {
      ...entry,
      target,
      outcomes: [],
      firedOn: new WeakSet(),
      removed: false,
      broken: false,
      disabled: isDisabled,
    }
    if (!isDisabled)
      for (const u of unavailable) if (u.serves(target)) record.outcomes.push({ status: 'unavailable', format: u.format, error: u.error })
    return record
  }

  function warnLate(record: HookRecord, instance: Instance): void {
    // A hook registering another hook on the module it is patching is normal.
    if (instance.firing || record.firedOn.has(instance.key) || record.removed || record.broken) return
    warn(
      WarningCode.AlreadyLoaded,
      `${instance.info.filename ?? instance.info.name} was loaded before ${describeHook(record)} was registered; the hook runs now, but references the application already holds stay unpatched`,
    )
  }
}
