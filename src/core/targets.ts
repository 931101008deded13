// Target names: what a hook is attached to. One spelling per target, so that
// `http` and `node:http` are the same key and fire once.
import { isBuiltin } from 'node:module'
import { WarningCode } from '../report/log.js'
import { fail, ok, type Result } from './problem.js'

export type Target =
  | { kind: 'builtin'; name: string }
  /** A package: fires for the module that `import 'pkg'` / `require('pkg')` resolves to. */
  | { kind: 'package'; name: string; packageName: string }
  /** A file inside a package, relative to the package root: `pkg/lib/x.js`. */
  | { kind: 'file'; name: string; packageName: string; subpath: string }

// npm's package-name rules, loosely: lowercase-insensitive, URL-safe characters,
// optional scope. We accept upper case because old packages have it.
const PACKAGE_NAME = /^(?:@[A-Za-z0-9~][\w.~-]*\/)?[A-Za-z0-9~][\w.~-]*$/
const SEGMENT = /^[\w.~@+-]+$/

export function isPackageName(name: string): boolean {
  return PACKAGE_NAME.test(name) && !name.startsWith('.')
}

/**
 * Splits `pkg:rest` or `@scope/pkg:rest` at the first colon after the scope
 * (AUTOWRAPT_BOOTSTRAP's `<package>:<group>`, AUTOWRAPT_DISABLE's
 * `<package>:<target>`); undefined when there is no colon.
 */
export function splitAtPackageColon(entry: string): { packageName: string; rest: string } | undefined {
  const scopeEnd = entry.startsWith('@') ? entry.indexOf('/') : 0
  const colon = entry.indexOf(':', Math.max(scopeEnd, 0))
  return colon === -1 ? undefined : { packageName: entry.slice(0, colon), rest: entry.slice(colon + 1) }
}

/**
 * Normalises a target key, or says (AUTOWRAPT_INVALID_CONFIG) why the key is
 * not a builtin, a package name or a file inside a package.
 */
export function parseTarget(key: string): Result<Target> {
  const refuse = (reason: string) => fail(WarningCode.InvalidConfig, reason)
  if (typeof key !== 'string' || key.trim() === '') return refuse('a target must be a non-empty string')
  if (key !== key.trim()) return refuse('a target must not have surrounding whitespace')
  if (key.startsWith('node:')) {
    const bare = key.slice(5)
    if (isBuiltin(key)) return ok({ kind: 'builtin', name: isBuiltin(bare) ? bare : key })
    return refuse(`"${key}" is not a Node.js builtin module`)
  }
  if (isBuiltin(key) && !key.includes('/')) return ok({ kind: 'builtin', name: key })
  if (isBuiltin(key)) return ok({ kind: 'builtin', name: key }) // e.g. fs/promises
  if (key.includes('\\')) return refuse('use "/" as the path separator in targets')
  if (key.startsWith('.') || key.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(key)) {
    return refuse('a target must be a package name, a file inside a package or a builtin, not a path or URL')
  }
  const parts = key.split('/')
  const scoped = key.startsWith('@')
  const packageName = scoped ? parts.slice(0, 2).join('/') : parts[0]!
  if (!isPackageName(packageName)) return refuse(`"${packageName}" is not a valid package name`)
  const rest = parts.slice(scoped ? 2 : 1)
  if (rest.length === 0) return ok({ kind: 'package', name: packageName, packageName })
  if (rest.some((s) => s === '' || s === '.' || s === '..' || !SEGMENT.test(s))) {
    return refuse(`"${key}" is not a clean path inside package "${packageName}"`)
  }
  return ok({ kind: 'file', name: key, packageName, subpath: rest.join('/') })
}

/** The target for a key, or throws a TypeError (for the public API: developer misuse). */
export function toTarget(key: string): Target {
  const target = parseTarget(key)
  if (!target.ok) throw new TypeError(`autowrapt: invalid target ${JSON.stringify(key)}: ${target.problem.message}`)
  return target.value
}
