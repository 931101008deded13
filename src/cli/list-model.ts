// What `autowrapt list` reports for each bootstrap name: discovery's own answer
// (packages, declarations, problems) plus the checks the runtime would only
// make later, when a target loads: the hook file exists and stays inside its
// package, and the version range is valid. Nothing here loads hook code.
import { join } from 'node:path'
import { resolveBootstrapName, parseBootstrapName, type Declaration } from '../core/discovery.js'
import { WarningCode } from '../report/log.js'
import { readManifest } from '../core/manifest.js'
import { readPackageJson } from '../core/package-info.js'
import type { Target } from '../core/targets.js'
import { isValidRange } from '../core/versions.js'
import { locateHookFile } from '../core/hook-files.js'
import { CheckCode, wouldRefuse, type CliProblem } from './problems.js'
import { installedTarget, type TargetMatch } from './installed-target.js'
import { suggestTarget, targetPackages } from '../core/target-suggestion.js'
import { listTracing, missingFileProblem, type ListedTracing } from './tracing-entries.js'

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
  /** For a target that is not installed: the installed package it most likely meant (a typo), or null. */
  didYouMean: string | null
}
export type ListedName = {
  name: string
  kind: 'package' | 'package-group' | 'group' | 'invalid' | 'unreadable'
  packages: ListedPackage[]
  hooks: ListedHook[]
  tracing: ListedTracing[]
  problems: CliProblem[]
}

function groupsOf(dir: string): string[] {
  return [...readManifest(readPackageJson(dir)?.autowrapt).groups.keys()]
}

/** One declaration as listed, with the problems the runtime would only find when its target loads. */
/** Every package a patch package's hooks target, in any group: a target it also names is no typo. */
function declaredTargets(dir: string): Set<string> {
  const manifest = readManifest(readPackageJson(dir)?.autowrapt)
  return targetPackages([...manifest.hooks, ...[...manifest.groups.values()].flat()].map((s) => s.target))
}

function listHook({ pkg, spec }: Declaration, problems: CliProblem[], bases: readonly string[]): ListedHook {
  const located = locateHookFile(pkg.dir, spec.file)
  if (!located.ok) {
    problems.push({
      ...located.problem,
      jsonPath: spec.jsonPath,
      message: `package "${pkg.name}": ${spec.jsonPath}: ${wouldRefuse(located.problem)}`,
    })
  }
  if (spec.versions !== undefined && !isValidRange(spec.versions)) {
    const jsonPath = `${spec.jsonPath}.versions`
    problems.push({
      code: WarningCode.InvalidRange,
      jsonPath,
      message: `package "${pkg.name}": ${jsonPath}: invalid semver range ${JSON.stringify(spec.versions)}`,
    })
  }
  const installed = installedTarget(spec.target, spec.versions, bases)
  const didYouMean = installed.match === 'not-installed' ? suggestTarget(spec.target, declaredTargets(pkg.dir), bases) : undefined
  if (didYouMean !== undefined) {
    problems.push({
      code: CheckCode.TargetTypo,
      jsonPath: spec.jsonPath,
      message: `package "${pkg.name}": ${spec.jsonPath}: target "${spec.key}" is not installed here; did you mean "${didYouMean}"?`,
    })
  }
  return {
    target: spec.key,
    targetKind: spec.target.kind,
    package: pkg.name,
    group: spec.group ?? null,
    file: spec.file,
    export: spec.exportName ?? null,
    path: located.ok ? located.value : join(pkg.dir, spec.file),
    versions: spec.versions ?? null,
    ...installed,
    didYouMean: didYouMean ?? null,
  }
}

/** Resolves one bootstrap name the way the runtime would, and validates what it finds. */
export function listName(name: string, bases: readonly string[]): ListedName {
  const parsed = parseBootstrapName(name)
  const discovery = resolveBootstrapName(name, bases)
  const problems: CliProblem[] = [...discovery.problems]
  const hooks = discovery.declarations.map((d) => listHook(d, problems, bases))
  const tracing = discovery.tracing.map((d) => listTracing(d, bases))
  tracing.forEach((t, i) => {
    const missing = missingFileProblem(t, discovery.tracing[i]!.spec.jsonPath)
    if (missing !== undefined) problems.push(missing)
  })
  return {
    name,
    // A package name that is not installed falls back to a group lookup; report what it turned out to be.
    kind: !parsed.ok
      ? 'invalid'
      : problems.some((p) => p.code === WarningCode.InvalidPackageJson)
        ? 'unreadable'
        : parsed.value.kind === 'package' && !discovery.packages.some((p) => p.name === name)
          ? 'group'
          : parsed.value.kind,
    packages: discovery.packages.map((p) => ({ name: p.name, version: p.version ?? null, dir: p.dir, groups: groupsOf(p.dir) })),
    hooks,
    tracing,
    problems,
  }
}
