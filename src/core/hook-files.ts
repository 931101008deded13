// Where a declared hook file is on disk, and whether it is safe to load: it
// must exist and, with symlinks resolved, stay inside its package. The same
// rule the runtime applies before it requires a hook file, checked here
// without loading anything.
import { existsSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { WarningCode } from '../report/log.js'

export type HookFileProblem = { readonly code: WarningCode; readonly message: string }
/** The CLI's wording for a problem: it checks files it will not load. */
export function wouldRefuse(problem: HookFileProblem): string {
  return problem.code === WarningCode.UnsafeHookPath ? `${problem.message}; it would be refused` : problem.message
}

export type LocatedHookFile =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly problem: HookFileProblem }

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Finds hook file `file` (relative, as in a HookSpec) of the package at
 * `packageDir`. `label` names the file in messages (default: `file`).
 */
export function locateHookFile(packageDir: string, file: string, label = file): LocatedHookFile {
  const path = join(packageDir, file)
  if (!existsSync(path)) {
    return { ok: false, path, problem: { code: WarningCode.HookNotFound, message: `hook file ${label} does not exist (${path})` } }
  }
  const real = realpathSync(path)
  if (!isInside(realpathSync(packageDir), real)) {
    return { ok: false, path, problem: { code: WarningCode.UnsafeHookPath, message: `hook file ${label} resolves outside its package (${real})` } }
  }
  return { ok: true, path: real }
}
