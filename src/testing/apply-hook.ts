// Loading one declared hook and applying it to one target, in this process:
// for fast unit tests of a hook against the real target package, without the
// preload, the registry or a child process. The hook file is found, checked
// and loaded exactly as the runtime does it, so a broken file fails here with
// the runtime's message.
import { createRequire, syncBuiltinESMExports } from 'node:module'
import { join } from 'node:path'
import { createHookLoader } from '../core/hook-loader.js'
import { readManifest, hookRef, type HookSpec } from '../core/manifest.js'
import { findPackageDir, packageOfFile, readPackageJson } from '../core/package-info.js'
import { toTarget, type Target } from '../core/targets.js'
import { satisfiesRange } from '../core/versions.js'
import type { ModuleInfo, PostImportHook } from '../types.js'
import type { ChildWarning } from './output.js'
import { recordWarnings } from './warnings.js'

export type ApplyHookOptions<T> = {
  /** The patch package, by name, resolved from `cwd` as AUTOWRAPT_BOOTSTRAP would resolve it. */
  readonly patchPackage: string
  /** The target whose hook to apply, as declared: `pino`, `node:http`, `pkg/lib/x.js`. */
  readonly target: string
  /** Take the hook from this group of the package instead of its `hooks`. */
  readonly group?: string
  /** Where packages resolve from. Default: process.cwd(). */
  readonly cwd?: string
  /** The exports to patch. Default: `require(target)` from `cwd` (the real, cached module). */
  readonly exports?: T
}

export type AppliedHook<T> = {
  /** What an importer would now get: the hook's return value if it returned one (not for builtins), else the patched exports. */
  readonly exports: T
  /** What the hook returned. */
  readonly returned: unknown
  /** The ModuleInfo the hook was called with. */
  readonly info: ModuleInfo
  /** The hook function, as loaded from its file. */
  readonly hook: PostImportHook
  /** `file#export` of the hook, as declared. */
  readonly ref: string
  /**
   * The coded warnings emitted while the hook loaded and ran, in order
   * (AUTOWRAPT_WRAP_FAILED for a wrap that did not take, ...): give the result
   * to assertNoWarnings to fail a test on them with their full text.
   */
  readonly warnings: ChildWarning[]
}

function findSpec(packageName: string, dir: string, target: Target, group: string | undefined): HookSpec {
  const manifest = readManifest(readPackageJson(dir)?.autowrapt)
  const specs = group === undefined ? manifest.hooks : manifest.groups.get(group)
  const where = group === undefined ? `"${packageName}"` : `group "${group}" of "${packageName}"`
  if (specs === undefined)
    throw new Error(
      `autowrapt/testing applyHook(): package "${packageName}" has no group "${group}" (groups: ${[...manifest.groups.keys()].join(', ') || 'none'})`,
    )
  const spec = specs.find((s) => s.target.name === target.name)
  if (spec !== undefined) return spec
  const problems = manifest.problems.map((p) => `; ${p.jsonPath}: ${p.message}`).join('')
  throw new Error(
    `autowrapt/testing applyHook(): ${where} declares no hook on "${target.name}" (it declares: ${specs.map((s) => s.key).join(', ') || 'none'})${problems}`,
  )
}

function moduleInfo(target: Target, requireFromCwd: NodeJS.Require): ModuleInfo {
  if (target.kind === 'builtin') return { name: target.name, format: 'builtin' }
  let filename: string
  try {
    filename = requireFromCwd.resolve(target.name)
  } catch {
    return { name: target.name, format: 'commonjs' }
  }
  const owner = packageOfFile(filename)
  return {
    name: target.name,
    format: 'commonjs',
    filename,
    ...(owner?.version ? { version: owner.version } : {}),
    ...(owner ? { baseDir: owner.dir } : {}),
  }
}

/**
 * Loads the hook `patchPackage` declares for `target` and calls it on the
 * target's exports, in this process, as the runtime would for a CommonJS
 * instance. Throws when the package, the declaration or the hook file cannot
 * be found or loaded (with the runtime's message), or when the target's
 * installed version is outside the hook's `versions` range.
 *
 * It patches the module in this process's require cache: give `exports` (a
 * fresh copy) to keep tests apart, or use runWithHooks for load-order effects.
 *
 * @example
 * const applied = applyHook({ patchPackage: 'acme-pino', target: 'pino' })
 * assertNoWarnings(applied) // e.g. AUTOWRAPT_WRAP_FAILED, with its text
 * applied.exports().info('goes through the hook')
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped by default, as PostImportHook's exports: a test names the module type when it wants one
export function applyHook<T = any>(options: ApplyHookOptions<T>): AppliedHook<T> {
  const cwd = options.cwd ?? process.cwd()
  const target = toTarget(options.target)
  const dir = findPackageDir(options.patchPackage, [cwd])
  if (dir === undefined)
    throw new Error(`autowrapt/testing applyHook(): patch package "${options.patchPackage}" is not installed where ${cwd} can see it`)
  const spec = findSpec(options.patchPackage, dir, target, options.group)
  const origin = { packageName: options.patchPackage, packageDir: dir, file: spec.file, exportName: spec.exportName, group: spec.group }
  const loaded = recordWarnings(() => createHookLoader(origin)())
  const hook = loaded.result
  const requireFromCwd = createRequire(join(cwd, 'noop.js'))
  const info = moduleInfo(target, requireFromCwd)
  if (
    spec.versions !== undefined &&
    info.format !== 'builtin' &&
    (info.version === undefined || !satisfiesRange(info.version, spec.versions))
  ) {
    throw new Error(
      `autowrapt/testing applyHook(): ${target.name} ${info.version ?? '(no version)'} is outside the hook's range "${spec.versions}"; the runtime would skip it (skipped-version)`,
    )
  }
  const exports = options.exports ?? (requireFromCwd(target.kind === 'builtin' ? `node:${target.name}` : target.name) as T)
  const call = recordWarnings(() => hook(exports, info))
  const returned = call.result
  if (info.format === 'builtin') syncBuiltinESMExports()
  const replaced = returned !== undefined && info.format !== 'builtin'
  const warnings = [...loaded.warnings, ...call.warnings]
  return { exports: (replaced ? returned : exports) as T, returned, info, hook, ref: hookRef(spec), warnings }
}
