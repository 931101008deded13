// What is known about an entry whose file never loaded (issue 27, item 3):
// which files of its package did load, and in which format, or that the
// package is not installed (with the closest installed name). Worked out
// when the outcomes are read (the report at exit, tracingStatus()), never per load.
import { packageNameHint } from '../core/installed-names.js'
import { findPackageDir, readPackageJson } from '../core/package-info.js'
import type { TracingRecord } from '../core/tracing-records.js'
import { packageFileOf } from './entry-index.js'
import { formatOf } from './source-text.js'

type Loaded = { dir: string; path: string; format: string }

/** Files of `packageName` that loaded: the ones the load hooks saw, then CommonJS ones in require.cache. */
export function loadedFilesOf(packageName: string, seen: ReadonlyMap<string, string | undefined>, cached: readonly string[]): Loaded[] {
  const files = new Map<string, Loaded>()
  const add = (filename: string, given: string | undefined) => {
    const file = packageFileOf(filename)
    if (file === undefined || file.packageName !== packageName || files.has(filename)) return
    const format = formatOf(given, filename, '', readPackageJson(file.dir)?.type) ?? given ?? 'unknown format'
    files.set(filename, { dir: file.dir, path: file.path, format })
  }
  for (const [filename, format] of seen) add(filename, format)
  for (const filename of cached) add(filename, filename.endsWith('.mjs') ? 'module' : 'commonjs')
  return [...files.values()]
}

function versionOf(dir: string): string {
  const version = readPackageJson(dir)?.version
  return typeof version === 'string' ? version : '(no version)'
}

/** `keyv@5.6.0 loaded dist/index.js (module); this entry names dist/index.cjs`, per loaded copy of the package. */
export function describeLoaded(record: TracingRecord, files: readonly Loaded[]): string {
  const byDir = new Map<string, Loaded[]>()
  for (const file of files) byDir.set(file.dir, [...(byDir.get(file.dir) ?? []), file])
  const copies = [...byDir].map(
    ([dir, list]) => `${record.spec.moduleName}@${versionOf(dir)} loaded ${list.map((f) => `${f.path} (${f.format})`).join(', ')}`,
  )
  return `${copies.join('; ')}; this entry names ${record.spec.filePath}`
}

/** What is known about why a record's file never loaded; `seesEsm`: whether this thread's hooks see ES module loads. */
export function explainNotLoaded(record: TracingRecord, seen: ReadonlyMap<string, string | undefined>, seesEsm: boolean): string {
  const name = record.spec.moduleName
  const files = loadedFilesOf(name, seen, Object.keys(require.cache))
  if (files.length > 0) return describeLoaded(record, files)
  const bases = [record.packageDir, process.cwd()]
  const dir = findPackageDir(name, bases)
  if (dir === undefined)
    return `${name} is not installed where "${record.packageName}" or the application is${packageNameHint(name, bases)}`
  const what = seesEsm ? 'no file' : 'no CommonJS file'
  const esm = seesEsm ? '' : ' (on this Node, ES module files are seen only when an entry names them)'
  return `${what} of ${name}@${versionOf(dir)} was loaded${esm}`
}
