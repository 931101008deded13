// Which tracing entries name a file, asked for every file that loads, so the
// answer must be cheap: a file belongs to the package after its last
// `node_modules/` segment (also for pnpm's `.pnpm/<id>/node_modules/<name>`),
// and only a package some entry names is looked at further.
import { sep } from 'node:path'
import type { TracingSpec } from '../core/tracing-spec.js'

export type FileMatch<R> = {
  readonly packageName: string
  /** The package's root directory. */
  readonly dir: string
  /** The file relative to the package root, with "/" separators. */
  readonly path: string
  readonly records: readonly R[]
}

const MARKER = `${sep}node_modules${sep}`

/** Package name, root and relative path of a file under node_modules, or undefined. */
export function packageFileOf(filename: string): { packageName: string; dir: string; path: string } | undefined {
  const at = filename.lastIndexOf(MARKER)
  if (at === -1) return undefined
  const start = at + MARKER.length
  let end = filename.indexOf(sep, start)
  if (end === -1) return undefined
  if (filename[start] === '@') {
    end = filename.indexOf(sep, end + 1)
    if (end === -1) return undefined
  }
  const packageName = filename.slice(start, end).split(sep).join('/')
  const path = filename
    .slice(end + 1)
    .split(sep)
    .join('/')
  return { packageName, dir: filename.slice(0, end), path }
}

/**
 * The package a file: URL under node_modules belongs to, from the URL string
 * alone (no path conversion), or undefined. Cheap enough for every load.
 */
export function packageNameInUrl(url: string): string | undefined {
  const at = url.lastIndexOf('/node_modules/')
  if (at === -1) return undefined
  const start = at + '/node_modules/'.length
  let end = url.indexOf('/', start)
  if (end !== -1 && url.charCodeAt(start) === 64 /* @ */) end = url.indexOf('/', end + 1)
  return end === -1 ? undefined : decodeURIComponent(url.slice(start, end))
}

export function createEntryIndex<R extends { readonly spec: TracingSpec }>() {
  const byPackage = new Map<string, R[]>()
  // Every file of a traced package that was asked about, with the format its
  // loader gave: what an entry whose own file never loads is told (not-loaded.ts).
  const seen = new Map<string, string | undefined>()
  return {
    add(records: readonly R[]): void {
      for (const record of records) {
        let list = byPackage.get(record.spec.moduleName)
        if (list === undefined) byPackage.set(record.spec.moduleName, (list = []))
        list.push(record)
      }
    },
    /**
     * The entries naming this file, or undefined (the common case, decided
     * without allocation for most files). `format` is the loader's, when it gave one.
     */
    match(filename: string, format?: string): FileMatch<R> | undefined {
      if (byPackage.size === 0 || !filename.includes(MARKER)) return undefined
      const file = packageFileOf(filename)
      if (file === undefined) return undefined
      const candidates = byPackage.get(file.packageName)
      if (candidates === undefined) return undefined
      if (format !== undefined || !seen.has(filename)) seen.set(filename, format)
      const records = candidates.filter((r) => r.spec.filePath === file.path)
      return records.length === 0 ? undefined : { ...file, records }
    },
    /** The files of traced packages asked about so far, each with the format its loader gave (or undefined). */
    seenFiles(): ReadonlyMap<string, string | undefined> {
      return seen
    },
    /** Whether some entry names this package: a Map lookup, for the per-load fast path. */
    hasPackage(name: string): boolean {
      return byPackage.has(name)
    },
  }
}

export type EntryIndex<R extends { readonly spec: TracingSpec }> = ReturnType<typeof createEntryIndex<R>>
