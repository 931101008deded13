// Discovery: what one name of AUTOWRAPT_BOOTSTRAP means, the analogue of
// setuptools entry points. `acme` is a package (its `hooks`), `acme:exp` is that
// package's group `exp`, and a name that is no installed package is a group
// looked up across the application's declared dependencies. Only package.json
// files are read here; hook code loads later, when its target loads.
import { realpathSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { GROUP_NAME, isWithinPath, keyPath, readManifest, type HookSpec } from './manifest.js'
import { debug, debugEnabled, WarningCode } from '../report/log.js'
import { findBrokenPackageJson, findNearestPackageDir, findPackageDir, readPackageJson } from './package-info.js'
import { isPlainObject } from './plain-object.js'
import { fail, ok, type Problem, type Result } from './problem.js'
import { isPackageName, splitAtPackageColon } from './targets.js'
import { didYouMean } from './bootstrap-suggestion.js'
import type { TracingSpec } from './tracing-spec.js'

export type BootstrapName =
  | { kind: 'package'; packageName: string }
  | { kind: 'package-group'; packageName: string; group: string }
  | { kind: 'group'; group: string }

export type PatchPackage = { readonly name: string; readonly dir: string; readonly version: string | undefined }
export type Declaration = { readonly pkg: PatchPackage; readonly spec: HookSpec }
export type TracingDeclaration = { readonly pkg: PatchPackage; readonly spec: TracingSpec }
export type Discovery = {
  readonly name: string
  readonly packages: PatchPackage[]
  readonly declarations: Declaration[]
  readonly tracing: TracingDeclaration[]
  readonly problems: Problem[]
}

/** Classifies a bootstrap name, or says (AUTOWRAPT_INVALID_NAME) why it is refused (paths, URLs, junk). */
export function parseBootstrapName(name: string): Result<BootstrapName> {
  const refuse = (reason: string) => fail(WarningCode.InvalidName, reason)
  if (
    /^[./~\\]/.test(name) ||
    name.includes('\\') ||
    /^[A-Za-z]:[\\/]/.test(name) ||
    /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(name) ||
    name.startsWith('file:')
  ) {
    return refuse(`"${name}" looks like a path or URL; AUTOWRAPT_BOOTSTRAP takes package names and group names only`)
  }
  const qualified = splitAtPackageColon(name)
  if (qualified) {
    const { packageName, rest: group } = qualified
    if (!isPackageName(packageName)) return refuse(`"${packageName}" in "${name}" is not a valid package name`)
    if (!GROUP_NAME.test(group)) return refuse(`"${group}" in "${name}" is not a valid group name`)
    return ok({ kind: 'package-group', packageName, group })
  }
  if (isPackageName(name)) return ok({ kind: 'package', packageName: name })
  if (GROUP_NAME.test(name)) return ok({ kind: 'group', group: name })
  return refuse(`"${name}" is neither a package name nor a group name`)
}

/** The working directory, or undefined when it was deleted (process.cwd() then throws). */
function workingDirectory(): string | undefined {
  try {
    return process.cwd()
  } catch (error) {
    if (debugEnabled) debug('core', `no working directory (${(error as Error).message}); resolving from the main script's directory only`)
    return undefined
  }
}

/**
 * The main script's directory as Node sees require.main: symlinks resolved
 * (a CLI started through node_modules/.bin), unless --preserve-symlinks-main.
 */
function mainScriptDirectory(): string | undefined {
  const main = process.argv[1]
  if (!main) return undefined
  try {
    const path = resolve(main)
    return dirname(process.execArgv.includes('--preserve-symlinks-main') ? path : realpathSync(path))
  } catch {
    return undefined
  }
}

/** Where patch packages are resolved from: the working directory, then the main script's directory. */
export function defaultBases(): string[] {
  const bases: string[] = []
  for (const dir of [workingDirectory(), mainScriptDirectory()]) if (dir !== undefined && !bases.includes(dir)) bases.push(dir)
  return bases
}

function loadPatchPackage(packageName: string, bases: readonly string[]): { pkg: PatchPackage; field: unknown } | undefined {
  const dir = findPackageDir(packageName, bases)
  if (dir === undefined) return undefined
  const json = readPackageJson(dir)!
  return { pkg: { name: packageName, dir, version: typeof json.version === 'string' ? json.version : undefined }, field: json.autowrapt }
}

/** Field problems as the runtime words them: the message names the package.json, the JSON path stays as found. */
function problemsOf(pkg: PatchPackage, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, message: `package "${pkg.name}" (${pkg.dir}/package.json): ${p.jsonPath}: ${p.message}` }))
}

/** Packages the application declares: dependencies, optionalDependencies, then devDependencies. */
function applicationDependencies(bases: readonly string[]): string[] {
  const appDir = findNearestPackageDir(bases)
  if (appDir === undefined) return []
  const json = readPackageJson(appDir)!
  const names: string[] = []
  for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
    const deps = json[field]
    if (!isPlainObject(deps)) continue
    for (const dep of Object.keys(deps)) {
      // A key that is no package name ("../x") would be looked up as a path outside node_modules.
      if (!isPackageName(dep)) {
        if (debugEnabled)
          debug('core', `dependency key ${JSON.stringify(dep)} in ${appDir}/package.json is not a package name; not searched for groups`)
        continue
      }
      if (!names.includes(dep)) names.push(dep)
    }
  }
  return names
}

/**
 * Resolves one bootstrap name to hook declarations without registering or
 * loading anything. Used by bootstrap and by `autowrapt list`.
 */
export function resolveBootstrapName(name: string, bases: readonly string[] = defaultBases()): Discovery {
  const result: Discovery = { name, packages: [], declarations: [], tracing: [], problems: [] }
  const checked = parseBootstrapName(name)
  if (!checked.ok) {
    result.problems.push({ ...checked.problem, message: `${checked.problem.message}; ignored` })
    return result
  }
  const parsed = checked.value
  if (parsed.kind !== 'group') {
    const found = loadPatchPackage(parsed.packageName, bases)
    if (found !== undefined) {
      const manifest = readManifest(found.field)
      result.packages.push(found.pkg)
      result.problems.push(...problemsOf(found.pkg, manifest.problems))
      let specs = manifest.hooks
      let tracing = manifest.tracing
      if (parsed.kind === 'package-group') {
        const group = manifest.groups.get(parsed.group)
        if (group === undefined) {
          result.problems.push({
            code: WarningCode.UnknownGroup,
            jsonPath: null,
            message: `package "${found.pkg.name}" has no group "${parsed.group}" (groups: ${[...manifest.groups.keys()].join(', ') || 'none'})`,
          })
        }
        specs = group ?? []
        tracing = manifest.groupTracing.get(parsed.group) ?? []
      }
      for (const spec of specs) result.declarations.push({ pkg: found.pkg, spec })
      for (const spec of tracing) result.tracing.push({ pkg: found.pkg, spec })
      return result
    }
    const broken = findBrokenPackageJson(parsed.packageName, bases)
    if (broken !== undefined) {
      result.problems.push({
        code: WarningCode.InvalidPackageJson,
        jsonPath: null,
        message: `package "${parsed.packageName}" is installed, but ${broken.file} is not valid JSON: ${broken.error}; its hooks are not registered`,
      })
      return result
    }
    if (parsed.kind === 'package-group') {
      result.problems.push({
        code: WarningCode.UnknownName,
        jsonPath: null,
        message: `package "${parsed.packageName}" (from "${name}") is not installed where ${bases.join(' or ')} can see it${didYouMean(name, bases, applicationDependencies(bases))}`,
      })
      return result
    }
  }
  const group = parsed.kind === 'group' ? parsed.group : parsed.packageName
  for (const dep of applicationDependencies(bases)) {
    const found = loadPatchPackage(dep, bases)
    if (found === undefined || !isPlainObject(found.field)) continue
    const manifest = readManifest(found.field)
    const specs = manifest.groups.get(group)
    if (specs === undefined) continue
    result.packages.push(found.pkg)
    const prefix = keyPath('autowrapt.groups', group)
    result.problems.push(
      ...problemsOf(
        found.pkg,
        manifest.problems.filter((p) => isWithinPath(prefix, p.jsonPath)),
      ),
    )
    for (const spec of specs) result.declarations.push({ pkg: found.pkg, spec })
    for (const spec of manifest.groupTracing.get(group) ?? []) result.tracing.push({ pkg: found.pkg, spec })
  }
  if (result.packages.length === 0) {
    result.problems.push({
      code: WarningCode.UnknownName,
      jsonPath: null,
      message: `"${name}" is neither an installed package nor a group of any dependency of the application (looked from ${bases.join(' and ')})${didYouMean(name, bases, applicationDependencies(bases))}`,
    })
  }
  return result
}
