// Finding packages on disk: where a named package is installed (resolved the
// way Node resolves bare specifiers), and which package a module file belongs to.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, sep } from 'node:path'
import { isPackageName } from './targets.js'
import { isPlainObject } from './plain-object.js'
import { ownTopLevel } from './own-json.js'

export type PackageJson = { name?: unknown; version?: unknown; [key: string]: unknown }
export type PackageInfo = { readonly name: string | undefined; readonly version: string | undefined; readonly dir: string }

const packageJsonCache = new Map<string, PackageJson | null>()
const packageJsonErrors = new Map<string, string>()

/**
 * Parses package.json text (a byte-order mark allowed, as Node and npm allow
 * it) into a null-prototype object, so that no member is inherited; throws
 * SyntaxError (or a TypeError when the document is no object).
 */
export function parsePackageJson(text: string): PackageJson {
  const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''))
  if (!isPlainObject(parsed)) throw new TypeError('the document is not a JSON object')
  return ownTopLevel(parsed)
}

/** `Unexpected token } ... at position 41 (line 3 column 1)`: the parser's words, with a line and column where it gave none. */
export function describeJsonError(error: unknown, text: string): string {
  const message = (error as Error).message
  const position = /at position (\d+)/.exec(message)
  if (position === null || /line \d+/.test(message)) return message
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(position[1]))
  const line = before.split('\n').length
  return `${message} (line ${line} column ${before.length - before.lastIndexOf('\n')})`
}

/** Reads and parses `<dir>/package.json`, or null when missing or unparsable (packageJsonError says why). Cached. */
export function readPackageJson(dir: string): PackageJson | null {
  let json = packageJsonCache.get(dir)
  if (json !== undefined) return json
  let text: string | undefined
  try {
    text = readFileSync(`${dir}${sep}package.json`, 'utf8')
    json = parsePackageJson(text)
  } catch (error) {
    json = null
    if (text !== undefined) packageJsonErrors.set(dir, describeJsonError(error, text))
  }
  packageJsonCache.set(dir, json)
  return json
}

/** Why `<dir>/package.json` could not be parsed, once readPackageJson has tried; undefined when it parsed or is missing. */
export function packageJsonError(dir: string): string | undefined {
  return packageJsonErrors.get(dir)
}

/**
 * The package.json of installed package `name` that exists but cannot be
 * parsed (the file, and the parser's error), where findPackageDir found none.
 */
export function findBrokenPackageJson(name: string, bases: readonly string[]): { file: string; error: string } | undefined {
  if (!isPackageName(name)) return undefined
  for (const base of bases) {
    for (const modules of nodeModulesPaths(base)) {
      const candidate = `${modules}${sep}${name}`
      if (!isDirectory(candidate) || readPackageJson(candidate) !== null) continue
      const error = packageJsonError(candidate)
      if (error !== undefined) return { file: `${candidate}${sep}package.json`, error }
    }
  }
  return undefined
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The `node_modules` folders Node searches from `base` (an absolute,
 * normalised directory), nearest first. Joined by hand: path.join would
 * normalise each again, and on a small process that path work is enough to
 * make V8 optimise Node's path functions (benchmarks/README.md, Node 22).
 */
export function nodeModulesPaths(base: string): string[] {
  const paths: string[] = []
  let dir = base
  for (;;) {
    if (!dir.endsWith(`${sep}node_modules`)) paths.push(dir.endsWith(sep) ? `${dir}node_modules` : `${dir}${sep}node_modules`)
    const parent = dirname(dir)
    if (parent === dir) return paths
    dir = parent
  }
}

/**
 * The real directory of installed package `name`, looked up from each base in
 * turn, as `require('name')` would (package.json `exports` cannot hide it).
 */
export function findPackageDir(name: string, bases: readonly string[]): string | undefined {
  if (!isPackageName(name)) return undefined
  for (const base of bases) {
    for (const modules of nodeModulesPaths(base)) {
      // A valid package name has no `.` or `..` segment to normalise.
      const candidate = `${modules}${sep}${name}`
      if (isDirectory(candidate) && readPackageJson(candidate) !== null) {
        try {
          return realpathSync(candidate)
        } catch {
          return candidate
        }
      }
    }
  }
  return undefined
}

const ownerCache = new Map<string, PackageInfo | null>()

/**
 * The package a module file belongs to: the nearest enclosing package.json
 * that has a `name` (nested `{"type":"module"}` stubs are skipped).
 */
export function packageOfFile(filename: string): PackageInfo | undefined {
  const visited: string[] = []
  let dir = dirname(filename)
  let found: PackageInfo | null = null
  for (;;) {
    const cached = ownerCache.get(dir)
    if (cached !== undefined) {
      found = cached
      break
    }
    visited.push(dir)
    const json = readPackageJson(dir)
    if (json !== null && typeof json.name === 'string') {
      found = { name: json.name, version: typeof json.version === 'string' ? json.version : undefined, dir }
      break
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  for (const d of visited) ownerCache.set(d, found)
  return found ?? undefined
}

/** The application's nearest package.json directory, from the first base that has one. */
export function findNearestPackageDir(bases: readonly string[]): string | undefined {
  for (const base of bases) {
    let dir = base
    for (;;) {
      if (readPackageJson(dir) !== null) return dir
      const parent = dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  return undefined
}
