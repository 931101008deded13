// "Did you mean" for a hook target that is not installed (`yamll` beside an
// installed `yaml`). Only on paths that already report (list, check, the exit
// report): it lists node_modules folders, which a start never does.
import { relative } from 'node:path'
import { packageDirs } from './bootstrap-suggestion.js'
import { closest } from './did-you-mean.js'
import { findPackageDir, nodeModulesPaths } from './package-info.js'
import type { Target } from './targets.js'

/** The names of the packages installed where `bases` resolve packages from, nearest first. */
export function installedPackageNames(bases: readonly string[]): string[] {
  const names = new Set<string>()
  for (const base of bases)
    for (const modules of nodeModulesPaths(base))
      for (const dir of packageDirs(modules)) names.add(relative(modules, dir).split('\\').join('/'))
  return [...names]
}

/**
 * The installed (or declared) package `target` most likely meant, when its own
 * package is not installed. A candidate the patch package targets as well is
 * no typo (hooks on both `mysql` and `mysql2`), so `declared` are never offered.
 */
export function suggestTarget(
  target: Target,
  declared: ReadonlySet<string>,
  bases: readonly string[],
  candidates: readonly string[] = installedPackageNames(bases),
): string | undefined {
  if (target.kind === 'builtin' || findPackageDir(target.packageName, bases) !== undefined) return undefined
  const suggestion = closest(
    target.packageName,
    candidates.filter((name) => !declared.has(name)),
  )
  return suggestion
}

/** The packages a list of targets names (builtins have none). */
export function targetPackages(targets: Iterable<Target>): Set<string> {
  const names = new Set<string>()
  for (const target of targets) if (target.kind !== 'builtin') names.add(target.packageName)
  return names
}
