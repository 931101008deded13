// What `autowrapt list` reports for each bootstrap name: discovery's own answer
// (packages, declarations, problems) plus the checks the runtime would only
// make later, when a target loads: the hook file exists and stays inside its
// package, and the version range is valid. Nothing here loads hook code.
import { resolveBootstrapName, parseBootstrapName, type Declaration } from '../core/discovery.js'
import { WarningCode } from '../report/log.js'
import { readManifest } from '../core/manifest.js'
import { readPackageJson } from '../core/package-info.js'
import type { Target } from '../core/targets.js'
import { isValidRange } from '../core/versions.js'
import { locateHookFile, wouldRefuse } from '../core/hook-files.js'
import { installedTarget, type TargetMatch } from './installed-target.js'

export type ListedPackage = { name: string; version: string | null; dir: string; groups: string[] }
export type ListedHook = {
  target: string
  targetKind: Target['kind']
  package: string
  group: string | null
  file: string
  export: string | null
  path: string
  versions: string | null
  /** The target's installed version where the command runs (Node's for a builtin), and whether the range admits it. */
  installed: string | null
  match: TargetMatch
}
export type ListedProblem = { code: WarningCode; message: string }
export type ListedName = {
  name: string
  kind: 'package' | 'package-group' | 'group' | 'invalid'
  packages: ListedPackage[]
  hooks: ListedHook[]
  problems: ListedProblem[]
}

function groupsOf(dir: string): string[] {
  return [...readManifest(readPackageJson(dir)?.autowrapt).groups.keys()]
}

function describeHook({ pkg, spec }: Declaration, problems: ListedProblem[], bases: readonly string[]): ListedHook {
  const located = locateHookFile(pkg.dir, spec.file)
  if (!located.ok) problems.push({ code: located.problem.code, message: `autowrapt: package "${pkg.name}": ${spec.jsonPath}: ${wouldRefuse(located.problem)}` })
  if (spec.versions !== undefined && !isValidRange(spec.versions)) {
    problems.push({ code: WarningCode.InvalidRange, message: `autowrapt: package "${pkg.name}": ${spec.jsonPath}.versions: invalid semver range ${JSON.stringify(spec.versions)}` })
  }
  return {
    target: spec.key,
    targetKind: spec.target.kind,
    package: pkg.name,
    group: spec.group ?? null,
    file: spec.file,
    export: spec.exportName ?? null,
    path: located.path,
    versions: spec.versions ?? null,
    ...installedTarget(spec.target, spec.versions, bases),
  }
}

/** Resolves one bootstrap name the way the runtime would, and validates what it finds. */
export function listName(name: string, bases: readonly string[]): ListedName {
  const parsed = parseBootstrapName(name)
  const discovery = resolveBootstrapName(name, bases)
  const problems: ListedProblem[] = discovery.problems.map((p) => ({ code: p.code, message: p.message }))
  const hooks = discovery.declarations.map((d) => describeHook(d, problems, bases))
  return {
    name,
    // A package name that is not installed falls back to a group lookup; report what it turned out to be.
    kind: typeof parsed === 'string' ? 'invalid' : parsed.kind === 'package' && !discovery.packages.some((p) => p.name === name) ? 'group' : parsed.kind,
    packages: discovery.packages.map((p) => ({ name: p.name, version: p.version ?? null, dir: p.dir, groups: groupsOf(p.dir) })),
    hooks,
    problems,
  }
}
