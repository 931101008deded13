// Discovery: what one name of AUTOWRAPT_BOOTSTRAP means, the analogue of
// setuptools entry points. `acme` is a package (its `hooks`), `acme:exp` is that
// package's group `exp`, and a name that is no installed package is a group
// looked up across the application's declared dependencies. Only package.json
// files are read here; hook code loads later, when its target loads.
import { dirname, resolve } from 'node:path'
import { GROUP_NAME, keyPath, readManifest, type HookSpec } from './manifest.js'
import { WarningCode } from '../report/log.js'
import { findNearestPackageDir, findPackageDir, readPackageJson } from './package-info.js'
import { isPackageName } from './targets.js'
import { didYouMean } from './suggest.js'

export type BootstrapName =
  | { kind: 'package'; packageName: string }
  | { kind: 'package-group'; packageName: string; group: string }
  | { kind: 'group'; group: string }

export type PatchPackage = { readonly name: string; readonly dir: string; readonly version: string | undefined }
export type Declaration = { readonly pkg: PatchPackage; readonly spec: HookSpec }
export type DiscoveryProblem = { readonly code: WarningCode; readonly message: string }
export type Discovery = {
  readonly name: string
  readonly packages: PatchPackage[]
  readonly declarations: Declaration[]
  readonly problems: DiscoveryProblem[]
}


/** Classifies a bootstrap name, or explains why it is refused (paths, URLs, junk). */
export function parseBootstrapName(name: string): BootstrapName | string {
  if (/^[./~\\]/.test(name) || name.includes('\\') || /^[a-z]:[\\/]/i.test(name) || /^[a-z][a-z0-9+.-]*:\/\//i.test(name) || name.startsWith('file:')) {
    return `"${name}" looks like a path or URL; AUTOWRAPT_BOOTSTRAP takes package names and group names only`
  }
  const scopeEnd = name.startsWith('@') ? name.indexOf('/') : 0
  const colon = name.indexOf(':', Math.max(scopeEnd, 0))
  if (colon !== -1) {
    const packageName = name.slice(0, colon)
    const group = name.slice(colon + 1)
    if (!isPackageName(packageName)) return `"${packageName}" in "${name}" is not a valid package name`
    if (!GROUP_NAME.test(group)) return `"${group}" in "${name}" is not a valid group name`
    return { kind: 'package-group', packageName, group }
  }
  if (isPackageName(name)) return { kind: 'package', packageName: name }
  if (GROUP_NAME.test(name)) return { kind: 'group', group: name }
  return `"${name}" is neither a package name nor a group name`
}

/** Where patch packages are resolved from: the working directory, then the main script's directory. */
export function defaultBases(): string[] {
  const bases = [process.cwd()]
  const main = process.argv[1]
  if (main) {
    const mainDir = dirname(resolve(main))
    if (mainDir !== bases[0]) bases.push(mainDir)
  }
  return bases
}

function loadPatchPackage(packageName: string, bases: readonly string[]): { pkg: PatchPackage; field: unknown } | undefined {
  const dir = findPackageDir(packageName, bases)
  if (dir === undefined) return undefined
  const json = readPackageJson(dir)!
  return { pkg: { name: packageName, dir, version: typeof json.version === 'string' ? json.version : undefined }, field: json.autowrapt }
}

function problemsOf(pkg: PatchPackage, problems: ReturnType<typeof readManifest>['problems']): DiscoveryProblem[] {
  return problems.map((p) => ({ code: p.code, message: `autowrapt: package "${pkg.name}" (${pkg.dir}/package.json): ${p.jsonPath}: ${p.message}` }))
}

/** Packages the application declares: dependencies, optionalDependencies, then devDependencies. */
function applicationDependencies(bases: readonly string[]): string[] {
  const appDir = findNearestPackageDir(bases)
  if (appDir === undefined) return []
  const json = readPackageJson(appDir)!
  const names: string[] = []
  for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
    const deps = json[field]
    if (typeof deps === 'object' && deps !== null) for (const dep of Object.keys(deps)) if (!names.includes(dep)) names.push(dep)
  }
  return names
}

/**
 * Resolves one bootstrap name to hook declarations without registering or
 * loading anything. Used by bootstrap and by `autowrapt list`.
 */
export function resolveBootstrapName(name: string, bases: readonly string[] = defaultBases()): Discovery {
  const result: Discovery = { name, packages: [], declarations: [], problems: [] }
  const parsed = parseBootstrapName(name)
  if (typeof parsed === 'string') {
    result.problems.push({ code: WarningCode.InvalidName, message: `autowrapt: ${parsed}; ignored` })
    return result
  }
  if (parsed.kind !== 'group') {
    const found = loadPatchPackage(parsed.packageName, bases)
    if (found !== undefined) {
      const manifest = readManifest(found.field)
      result.packages.push(found.pkg)
      result.problems.push(...problemsOf(found.pkg, manifest.problems))
      let specs = manifest.hooks
      if (parsed.kind === 'package-group') {
        const group = manifest.groups.get(parsed.group)
        if (group === undefined) {
          result.problems.push({ code: WarningCode.UnknownGroup, message: `autowrapt: package "${found.pkg.name}" has no group "${parsed.group}" (groups: ${[...manifest.groups.keys()].join(', ') || 'none'})` })
        }
        specs = group ?? []
      }
      for (const spec of specs) result.declarations.push({ pkg: found.pkg, spec })
      return result
    }
    if (parsed.kind === 'package-group') {
      result.problems.push({ code: WarningCode.UnknownName, message: `autowrapt: package "${parsed.packageName}" (from "${name}") is not installed where ${bases.join(' or ')} can see it${didYouMean(name, bases, applicationDependencies(bases))}` })
      return result
    }
  }
  const group = parsed.kind === 'group' ? parsed.group : parsed.packageName
  for (const dep of applicationDependencies(bases)) {
    const found = loadPatchPackage(dep, bases)
    if (found === undefined || typeof found.field !== 'object' || found.field === null) continue
    const manifest = readManifest(found.field)
    const specs = manifest.groups.get(group)
    if (specs === undefined) continue
    result.packages.push(found.pkg)
    const prefix = keyPath('autowrapt.groups', group)
    const inGroup = (path: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)
    result.problems.push(...problemsOf(found.pkg, manifest.problems.filter((p) => inGroup(p.jsonPath))))
    for (const spec of specs) result.declarations.push({ pkg: found.pkg, spec })
  }
  if (result.packages.length === 0) {
    result.problems.push({ code: WarningCode.UnknownName, message: `autowrapt: "${name}" is neither an installed package nor a group of any dependency of the application (looked from ${bases.join(' and ')})${didYouMean(name, bases, applicationDependencies(bases))}` })
  }
  return result
}
