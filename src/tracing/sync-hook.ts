// In-thread path (Nodes with usable module.registerHooks): one `load` hook sees
// every import and every require(), and hands Node the transformed source of
// the ES module files tracing entries name. CommonJS files are left to the
// Module.prototype._compile step (compile-hook.ts), which sees them all: those
// the `load` hook sees, and those a loader that replaces Module._extensions
// (tsx) reads past it. One step per format, so one transform per file.
import { readFileSync } from 'node:fs'
import { readPackageJson } from '../core/package-info.js'
import type { TracingRecord } from '../core/tracing-records.js'
import { debug, debugEnabled } from '../report/log.js'
import { packageNameInUrl, type EntryIndex } from './entry-index.js'
import { recordOutcome } from './outcomes.js'
import { enableSourceMaps } from './source-maps.js'
import { formatOf, sourceText, tracedFileOf } from './source-text.js'
import { transformFile } from './transform.js'

type LoadResult = { format?: string; source?: string | ArrayBufferView | null; [key: string]: unknown }
type NextLoad = (url: string, context: unknown) => LoadResult

export function installSyncHook(index: EntryIndex<TracingRecord>, strict: boolean): void {
  const { registerHooks } = require('node:module') as { registerHooks: (hooks: object) => unknown }
  registerHooks({
    load(url: string, context: unknown, nextLoad: NextLoad): LoadResult {
      const result = nextLoad(url, context)
      const name = packageNameInUrl(url)
      if (name === undefined || !index.hasPackage(name)) return result
      const filename = tracedFileOf(url)
      if (filename === undefined) return result
      const match = index.match(filename, result.format)
      if (match === undefined) return result
      if (result.format === 'commonjs') return result
      // Node may leave a file's source for its own loader to read.
      const source = sourceText(result.source ?? readFileSync(filename))
      const format = formatOf(result.format, filename, source, readPackageJson(match.dir)?.type)
      if (format !== 'module') return result
      const code = transformFile(source, filename, format, match, recordOutcome, strict)
      if (code === undefined) return result
      enableSourceMaps()
      return { ...result, source: code }
    },
  })
  if (debugEnabled)
    debug(
      'tracing',
      'in-thread load hook registered (module.registerHooks): ES module files named by tracing entries are transformed as they load',
    )
}
