// Where a declared hook file is on disk, and whether it is safe to load: it
// must exist and, with symlinks resolved, stay inside its package and outside
// the package's own node_modules (that is other packages' code). The check
// applies to the file require() will actually load: a path naming a directory
// resolves through its package.json `main` or index.js, exactly as require()
// would. The same rule the runtime applies before it requires a hook file,
// checked here without loading anything (the CLI uses it too).
import { existsSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { WarningCode } from '../report/log.js'
import { fail, ok, type Result } from './problem.js'

/** Whether `file` is inside `dir` and not inside a node_modules folder of it. */
export function isInsidePackage(dir: string, file: string): boolean {
  // Both real paths on POSIX: a prefix test, without path.relative's two
  // path.resolve calls (they run for every hook file a start loads).
  if (sep === '/' && isAbsolute(dir) && isAbsolute(file)) {
    const prefix = dir.endsWith(sep) ? dir : dir + sep
    return file.length > prefix.length && file.startsWith(prefix) && !file.slice(prefix.length).split(sep).includes('node_modules')
  }
  const rel = relative(dir, file)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false
  return !rel.split(sep).includes('node_modules')
}

/** The file require() would load for `path`, or undefined when there is none. */
function resolveAsRequire(path: string): string | undefined {
  try {
    return require.resolve(path)
  } catch {
    return undefined
  }
}

/**
 * Finds hook file `file` (relative, as in a HookSpec) of the package at
 * `packageDir` and returns the real path of the file require() will load.
 * `label` names the file in messages (default: `file`). A problem has no JSON
 * path: the caller knows it.
 */
export function locateHookFile(packageDir: string, file: string, label = file): Result<string> {
  const path = join(packageDir, file)
  let real: string
  let packageReal: string
  try {
    packageReal = realpathSync(packageDir)
    const resolved = existsSync(path) ? resolveAsRequire(path) : undefined
    if (resolved === undefined) return fail(WarningCode.HookNotFound, `hook file ${label} does not exist (${path})`)
    real = realpathSync(resolved)
  } catch (error) {
    return fail(WarningCode.HookNotFound, `hook file ${label} cannot be read (${(error as Error).message})`)
  }
  if (!isInsidePackage(packageReal, real)) {
    const why = real.startsWith(packageReal + sep)
      ? "is in the package's node_modules, which holds other packages' code"
      : 'resolves outside its package'
    return fail(WarningCode.UnsafeHookPath, `hook file ${label} ${why} (${real})`)
  }
  return ok(real)
}
