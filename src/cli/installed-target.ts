// For `autowrapt list`: which version of a hook's target is installed where the
// command runs, and whether the hook's `versions` range admits it, so that an
// operator learns of a skipped-version before starting the application.
import { findPackageDir, readPackageJson } from '../core/package-info.js'
import type { Target } from '../core/targets.js'
import { isValidRange, satisfiesRange } from '../core/versions.js'

export type TargetMatch = 'matches' | 'skipped-version' | 'not-installed' | 'builtin' | 'invalid-range'

export type InstalledTarget = {
  /** The installed package's version (Node's for a builtin); null when not installed or unversioned. */
  readonly installed: string | null
  readonly match: TargetMatch
}

/** What the runtime would decide for this hook, judged from the packages installed under `bases`. */
export function installedTarget(target: Target, range: string | undefined, bases: readonly string[]): InstalledTarget {
  if (target.kind === 'builtin') return { installed: process.versions.node, match: 'builtin' }
  const dir = findPackageDir(target.packageName, bases)
  if (dir === undefined) return { installed: null, match: 'not-installed' }
  const version = readPackageJson(dir)?.version
  const installed = typeof version === 'string' ? version : null
  if (range === undefined) return { installed, match: 'matches' }
  if (!isValidRange(range)) return { installed, match: 'invalid-range' }
  // The runtime skips a versioned hook on a package with no version.
  return { installed, match: installed !== null && satisfiesRange(installed, range) ? 'matches' : 'skipped-version' }
}

/** One cell for the listing: `1.2.3 matches`, `5.1.0 skipped-version`, `not installed`, `builtin`. */
export function describeInstalled({ installed, match, didYouMean }: InstalledTarget & { didYouMean?: string | null }): string {
  if (match === 'not-installed') return didYouMean ? `not installed (did you mean "${didYouMean}"?)` : 'not installed'
  if (match === 'builtin') return 'builtin'
  return `${installed ?? '(no version)'} ${match}`
}
