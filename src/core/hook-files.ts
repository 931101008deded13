// Where a declared hook file is on disk, and whether it is safe to load: it
// must exist and, with symlinks resolved, stay inside its package and outside
// the package's own node_modules (that is other packages' code). The check
// applies to the file require() will actually load: a path naming a directory
// resolves through its package.json `main` or index.js, and a path without an
// extension through Node's extension search, exactly as require() would. The
// same rule the runtime applies before it requires a hook file, checked here
// without loading anything (the CLI uses it too).
import { existsSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { WarningCode } from '../report/log.js'

export type HookFileProblem = { readonly code: WarningCode; readonly message: string }
/** The CLI's wording for a problem: it checks files it will not load. */
export function wouldRefuse(problem: HookFileProblem): string {
  return problem.code === WarningCode.UnsafeHookPath ? `${problem.message}; it would be refused` : problem.message
}

export type LocatedHookFile =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly problem: HookFileProblem }

/** Whether `file` is inside `dir` and not inside a node_modules folder of it. */
export function isInsidePackage(dir: string, file: string): boolean {
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
 * `packageDir`. `label` names the file in messages (default: `file`).
 * Returns the real path of the file to load.
 */
export function locateHookFile(packageDir: string, file: string, label = file): LocatedHookFile {
  const path = join(packageDir, file)
  const refuse = (message: string): LocatedHookFile => ({ ok: false, path, problem: { code: WarningCode.UnsafeHookPath, message } })
  let real: string
  let packageReal: string
  try {
    packageReal = realpathSync(packageDir)
    const resolved = existsSync(path) ? resolveAsRequire(path) : undefined
    if (resolved === undefined) {
      return { ok: false, path, problem: { code: WarningCode.HookNotFound, message: `hook file ${label} does not exist (${path})` } }
    }
    real = realpathSync(resolved)
  } catch (error) {
    return { ok: false, path, problem: { code: WarningCode.HookNotFound, message: `hook file ${label} cannot be read (${(error as Error).message})` } }
  }
  if (!isInsidePackage(packageReal, real)) {
    const why = real.startsWith(packageReal + sep) ? "is in the package's node_modules, which holds other packages' code" : 'resolves outside its package'
    return refuse(`hook file ${label} ${why} (${real})`)
  }
  return { ok: true, path: real }
}
