// Where a declared hook file is on disk, and whether it is safe to load: it
// must exist and, with symlinks resolved, stay inside its package. The same
// rule the runtime applies before it requires a hook file, checked here
// without loading anything.
import { existsSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { WarningCode } from '../report/log.js'
import { fail, ok, type Result } from './problem.js'

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Finds hook file `file` (relative, as in a HookSpec) of the package at
 * `packageDir` and returns its real path. `label` names the file in messages
 * (default: `file`). A problem has no JSON path: the caller knows it.
 */
export function locateHookFile(packageDir: string, file: string, label = file): Result<string> {
  const path = join(packageDir, file)
  if (!existsSync(path)) return fail(WarningCode.HookNotFound, `hook file ${label} does not exist (${path})`)
  const real = realpathSync(path)
  if (!isInside(realpathSync(packageDir), real)) return fail(WarningCode.UnsafeHookPath, `hook file ${label} resolves outside its package (${real})`)
  return ok(real)
}
