// Declarative tracing: files named by `autowrapt.tracing` entries are
// transformed with @apm-js-collab/code-transformer as they load, so that
// their functions publish diagnostics_channel TracingChannel events. Installed
// with the first entry; a process without entries never loads this folder.
// CommonJS through a Module.prototype._compile step on every Node (the one
// step loaders like tsx, which replace Module._extensions, still call); ES
// modules in-thread through module.registerHooks where Node has usable sync
// hooks (the same decision the ESM adapter makes), else a module.register loader.
import { nodeFeatures } from '../core/node-features.js'
import type { State } from '../core/state.js'
import type { TracingRecord } from '../core/tracing-records.js'
import { describeEntry } from '../core/tracing-spec.js'
import { debug, debugEnabled, warn, WarningCode } from '../report/log.js'
import { installCompileHook } from './compile-hook.js'
import { createEntryIndex } from './entry-index.js'
import { enableSourceMaps } from './source-maps.js'
import { mayBeEsm } from './may-be-esm.js'
import { explainNotLoaded } from './not-loaded.js'
import { installSyncHook } from './sync-hook.js'
import { startTracingLoader, type TracingLoader } from './start-loader.js'

type Installed = { add(records: readonly TracingRecord[]): void }

// Process-wide, like the state: a second installed copy of autowrapt must feed
// the hooks the first one installed, not install its own.
const INSTALLED = Symbol.for('autowrapt.tracing')

function install(state: State): Installed {
  const index = createEntryIndex<TracingRecord>()
  const strict = state.registry.strict
  let loader: TracingLoader | undefined
  const sync = nodeFeatures.syncHooks()
  if (sync) installSyncHook(index, strict)
  installCompileHook(index, strict, sync)

  // The loader thread, for ES modules on Nodes without usable sync hooks,
  // started with the first entry whose file may be ESM.
  function loaderFor(records: readonly TracingRecord[]): TracingLoader | undefined {
    if (sync || loader !== undefined || !records.some((r) => mayBeEsm(r.spec))) return loader
    if (!state.config.esm) {
      // AUTOWRAPT_ESM=0 promises no loader thread: ES module files stay untraced.
      if (debugEnabled) debug('tracing', 'AUTOWRAPT_ESM=0: no loader thread, so tracing entries on ES module files are not applied')
      return undefined
    }
    if (!nodeFeatures.moduleRegister()) {
      warn(
        WarningCode.EsmUnavailable,
        `this Node.js (${process.version}) has neither usable module.registerHooks nor module.register; tracing entries apply to CommonJS files only`,
      )
      return undefined
    }
    loader = startTracingLoader(strict)
    state.refreshTracing.push(loader.refresh)
    process.once('exit', loader.refresh)
    // The loader thread cannot switch source maps on for this thread, and
    // this thread does not see when it transforms a file: switch them on now.
    enableSourceMaps()
    return loader
  }
  // Entries whose file never loaded are told which files of their package did
  // (or that it is not installed), when outcomes are read: never per load.
  const explain = (): void => {
    for (const record of state.tracing)
      if (!record.disabled && record.outcomes.length === 0) record.notLoaded = explainNotLoaded(record, index.seenFiles(), sync)
  }
  state.refreshTracing.push(explain)
  if (debugEnabled) {
    process.once('exit', () => {
      for (const refresh of state.refreshTracing) refresh()
      for (const record of state.tracing)
        if (!record.disabled && record.outcomes.length === 0)
          debug(
            'tracing',
            `${describeEntry(record.spec)} (${record.packageName}) never applied: ${record.spec.moduleName}/${record.spec.filePath} was not loaded by this process; ${record.notLoaded}`,
          )
    })
  }
  return {
    add(records) {
      index.add(records)
      loaderFor(records)?.add(records)
    },
  }
}

/** Starts tracing the files these entries name (installing the hooks once per process). */
export function addTracingRecords(state: State, records: readonly TracingRecord[]): void {
  const holder = globalThis as unknown as Record<symbol, Installed | undefined>
  let installed = holder[INSTALLED]
  if (installed === undefined) {
    installed = install(state)
    Object.defineProperty(globalThis, INSTALLED, { value: installed, enumerable: false, configurable: true })
  }
  installed.add(records)
}
