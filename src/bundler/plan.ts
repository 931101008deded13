// What a build prepares for: the patch packages its `bootstrap` names, read with
// the runtime's own discovery and validation (same field, groups, schema and
// warning codes), reduced to what a bundler can act on. Builtin targets are
// left out: the runtime hooks them, bundled app or not.
import { resolve } from 'node:path'
import { parseNameList } from '../core/config.js'
import { resolveBootstrapName, type PatchPackage } from '../core/discovery.js'
import { hookRef, type HookSpec } from '../core/manifest.js'
import type { Problem } from '../core/problem.js'
import type { TracingRecord } from '../core/tracing-records.js'
import { channelOf } from '../core/tracing-spec.js'
import type { Target } from '../core/targets.js'
import type { ModuleFormat } from '../types.js'

/** Options shared by every plugin (`autowrapt/esbuild`, `autowrapt/webpack`, `autowrapt/rollup`). */
export type AutowraptBundlerOptions = {
  /** Which patch packages and groups the build prepares for, as AUTOWRAPT_BOOTSTRAP spells them; defaults to AUTOWRAPT_BOOTSTRAP at build time. */
  bootstrap?: string
  /** Where discovery starts; defaults to the bundler's working directory. */
  cwd?: string
  /** Keep every targeted package external instead, and print the list to deploy beside the bundle. */
  externalize?: boolean
}

export type PackageTarget = Exclude<Target, { kind: 'builtin' }>

/** One declared hook on a non-builtin target, and what the build did with it. */
export type PlannedHook = {
  readonly pkg: PatchPackage
  readonly spec: HookSpec & { target: PackageTarget }
  readonly ref: string
  readonly files: Array<{ file: string; format: ModuleFormat; version: string | undefined }>
  external: boolean
  error: string | undefined
}

export type Plan = {
  readonly cwd: string
  readonly names: string[]
  readonly hooks: PlannedHook[]
  /** Tracing entries, shaped as the runtime's records so its transform step and messages apply unchanged. */
  readonly tracing: TracingRecord[]
  readonly problems: Problem[]
}

export function planBuild(options: AutowraptBundlerOptions, defaultCwd: string): Plan {
  const cwd = resolve(options.cwd ?? defaultCwd)
  const names = parseNameList(options.bootstrap ?? process.env.AUTOWRAPT_BOOTSTRAP)
  const plan: Plan = { cwd, names, hooks: [], tracing: [], problems: [] }
  for (const name of names) {
    const found = resolveBootstrapName(name, [cwd])
    plan.problems.push(...found.problems)
    for (const { pkg, spec } of found.declarations) {
      if (spec.target.kind === 'builtin') continue
      const ref = hookRef(spec)
      plan.hooks.push({ pkg, spec: spec as PlannedHook['spec'], ref, files: [], external: false, error: undefined })
    }
    for (const { pkg, spec } of found.tracing)
      plan.tracing.push({ spec, packageName: pkg.name, packageDir: pkg.dir, channel: channelOf(spec), disabled: false, outcomes: [] })
  }
  return plan
}

/** Every package the plan names: hook targets' packages and traced files' packages. */
export function plannedPackages(plan: Plan): Set<string> {
  const names = new Set<string>()
  for (const hook of plan.hooks) names.add(hook.spec.target.packageName)
  for (const record of plan.tracing) names.add(record.spec.moduleName)
  return names
}
