// `autowrapt check` on one package directory: the field (schema, runtime
// reading, ranges), the package name, and each hook file: it exists inside the
// package, npm would publish it, and it declares its export. By default no code
// of the package runs (hook files are read: static-exports.ts); --load-hooks
// runs each hook file in its own child process to see what it exports.
import { readFileSync, realpathSync } from 'node:fs'
import { join, relative } from 'node:path'
import { hookRef, type HookSpec } from '../core/manifest.js'
import { describeJsonError, parsePackageJson } from '../core/package-info.js'
import { isPlainObject } from '../core/plain-object.js'
import { installedPackageNames, suggestTarget, targetPackages } from '../core/target-suggestion.js'
import { isPackageName } from '../core/targets.js'
import { describeError, WarningCode } from '../report/log.js'
import { readExportsStatically, type StaticExports } from './static-exports.js'
import { checkField } from './field-check.js'
import { packedFiles } from './packed-files.js'
import { locateHookFile } from '../core/hook-files.js'
import { CheckCode, wouldRefuse, type CliProblem } from './problems.js'
import { probeExports } from './probe-exports.js'
import { missingExportMessage } from '../core/hook-export.js'
import { checkTracing } from './tracing-entries.js'
import { channelOf } from '../core/tracing-spec.js'
import { describePlan, planSpan } from '../otel/span-plan.js'

export type CheckResult = {
  name: string | null
  version: string | null
  dir: string
  hooks: number
  tracing: number
  hookFiles: number
  groups: number
  /** Whether hook files were only read (the default) or run in child processes (--load-hooks). */
  hookCode: 'read' | 'run'
  /** Hook references whose export could not be found by reading the source (only when read). */
  unverified: string[]
  problems: CliProblem[]
  notes: string[]
  /** What the OpenTelemetry bridge records for each tracing entry (docs/opentelemetry.md); `declared`: the entry has a `span`. */
  spans: Array<{ jsonPath: string; channel: string; declared: boolean; records: string }>
}

/** Reads `<dir>/package.json`, or throws an error that says what is wrong. */
function readPackage(dir: string): Record<string, unknown> {
  let text: string
  try {
    text = readFileSync(join(dir, 'package.json'), 'utf8')
  } catch {
    throw new Error(`no package.json in ${dir}; give the root directory of a patch package`)
  }
  try {
    // Only the file's own members: nothing inherited from a polluted Object.prototype.
    return parsePackageJson(text)
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`${join(dir, 'package.json')} does not hold a JSON object`)
    throw new Error(`${join(dir, 'package.json')} is not valid JSON: ${describeJsonError(error, text)}`)
  }
}

/** Whether npm would publish a file; every file counts as published when npm cannot say (a note says so). */
function publishedFiles(
  dir: string,
  files: unknown,
  timeoutMs: number,
  problems: CliProblem[],
  notes: string[],
): (file: string) => boolean {
  if (files !== undefined && (!Array.isArray(files) || files.some((f) => typeof f !== 'string'))) {
    problems.push({ code: CheckCode.FilesField, jsonPath: 'files', message: 'must be an array of file, directory or glob strings' })
    return () => true
  }
  const packed = packedFiles(dir, timeoutMs)
  if (packed.ok) return (file) => packed.value.has(file)
  notes.push(`${packed.problem.message}; whether hook files would be published was not checked`)
  return () => true
}

/** How hook files are checked: read (the default: no package code runs) or run in a child process (--load-hooks). */
export type HookCheckMode = { readonly loadHooks: boolean; readonly timeoutMs: number }

/** Checks a file's declared exports against its source, without running it; returns the references it could not verify. */
function checkExportsStatically(file: string, path: string, dir: string, specs: HookSpec[], problems: CliProblem[]): string[] {
  let exports: StaticExports
  try {
    exports = readExportsStatically(path, dir)
  } catch (error) {
    for (const spec of specs)
      problems.push({
        code: WarningCode.HookLoadFailed,
        jsonPath: spec.jsonPath,
        message: `hook file ${file} cannot be parsed: ${describeError(error)}`,
      })
    return []
  }
  const unverified: string[] = []
  for (const spec of specs) {
    const name = spec.exportName ?? 'default'
    if (exports.names.has(name)) continue
    if (!exports.complete) {
      unverified.push(hookRef(spec))
      continue
    }
    const found = [...exports.names].map((n) => JSON.stringify(n)).join(', ') || 'none'
    problems.push({
      code: WarningCode.HookExport,
      jsonPath: spec.jsonPath,
      message: `hook file ${hookRef(spec)} has no ${spec.exportName ? `export "${name}"` : 'default export'} (read from its source, not run; its exports: ${found})`,
    })
  }
  return unverified
}

/** Checks every hook file once, then each declaration's export against what that file exports. */
function checkHookFiles(
  dir: string,
  specs: HookSpec[],
  published: (file: string) => boolean,
  mode: HookCheckMode,
  problems: CliProblem[],
): { files: number; unverified: string[] } {
  const unverified: string[] = []
  const byFile = new Map<string, HookSpec[]>()
  for (const spec of specs) {
    const list = byFile.get(spec.file)
    if (list === undefined) byFile.set(spec.file, [spec])
    else list.push(spec)
  }
  for (const [file, fileSpecs] of byFile) {
    const first = fileSpecs[0]!
    const located = locateHookFile(dir, file)
    if (!located.ok) {
      for (const spec of fileSpecs) problems.push({ ...located.problem, jsonPath: spec.jsonPath, message: wouldRefuse(located.problem) })
      continue
    }
    // The file that would load (a directory hook resolves to its main or
    // index.js): that is what npm must publish.
    if (!published(file) && !published(relative(realpathSync(dir), located.value))) {
      problems.push({
        code: CheckCode.NotPublished,
        jsonPath: first.jsonPath,
        message: `hook file ${file} is not covered by "files", so npm would not publish it; add it (or its directory) to "files"`,
      })
    }
    if (!mode.loadHooks) {
      unverified.push(...checkExportsStatically(file, located.value, dir, fileSpecs, problems))
      continue
    }
    const names = [...new Set(fileSpecs.map((s) => s.exportName ?? null))]
    const probe = probeExports(located.value, names, dir, mode.timeoutMs)
    for (const spec of fileSpecs) {
      if (!probe.ok) {
        problems.push({ ...probe.problem, jsonPath: spec.jsonPath, message: `hook file ${file} ${probe.problem.message}` })
        continue
      }
      const shape = probe.value.get(spec.exportName ?? null)!
      if (shape.found !== 'function') {
        problems.push({
          code: WarningCode.HookExport,
          jsonPath: spec.jsonPath,
          message: `hook file ${hookRef(spec)} ${missingExportMessage(spec.exportName, shape)}`,
        })
      }
    }
  }
  return { files: byFile.size, unverified }
}

/** What the output says about running package code: never silent, and it names the flag. */
function hookCodeNote(mode: HookCheckMode, files: number, unverified: readonly string[]): string | undefined {
  if (files === 0) return undefined
  if (mode.loadHooks) return '--load-hooks: each hook file was run in a child process, with your rights, to read its exports'
  const run = '"autowrapt check --load-hooks" runs each hook file in a child process, with your rights,'
  if (unverified.length === 0)
    return `hook files were read, not run: every declared export is in its source; ${run} to check that each is a function`
  return `hook files were read, not run: exports not found in the source, so not verified: ${unverified.join(', ')}; ${run} to verify them`
}

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']

/** Targets that are not installed next to the package, where a close name is installed or depended on (a likely typo). */
function targetTypos(dir: string, json: Record<string, unknown>, specs: readonly HookSpec[]): CliProblem[] {
  const declared = targetPackages(specs.map((s) => s.target))
  const candidates = installedPackageNames([dir])
  for (const field of DEPENDENCY_FIELDS) {
    const deps = json[field]
    if (isPlainObject(deps)) candidates.push(...Object.keys(deps))
  }
  const problems: CliProblem[] = []
  for (const spec of specs) {
    const suggestion = suggestTarget(spec.target, declared, [dir], candidates)
    if (suggestion === undefined) continue
    problems.push({
      code: CheckCode.TargetTypo,
      jsonPath: spec.jsonPath,
      message: `target "${spec.key}" is not installed here; did you mean "${suggestion}"?`,
    })
  }
  return problems
}

/** Checks the patch package at `dir` as it would be published. */
export function checkPatchPackage(dir: string, mode: HookCheckMode): CheckResult {
  const { timeoutMs } = mode
  const json = readPackage(dir)
  const field = checkField(json.autowrapt)
  const problems = [...field.problems]
  const name = typeof json.name === 'string' ? json.name : null
  const validName = name !== null && isPackageName(name)
  if (!validName) {
    problems.unshift({
      code: CheckCode.PackageName,
      jsonPath: 'name',
      message: 'a patch package needs a valid package name: AUTOWRAPT_BOOTSTRAP refers to it by name',
    })
  }
  const notes: string[] = []
  // npm cannot pack a package without a valid name, which is already a problem.
  const published = validName ? publishedFiles(dir, json.files, timeoutMs, problems, notes) : () => true
  problems.push(...targetTypos(dir, json, field.specs))
  const { files: hookFiles, unverified } = checkHookFiles(dir, field.specs, published, mode, problems)
  const hookCode = hookCodeNote(mode, hookFiles, unverified)
  if (hookCode !== undefined) notes.push(hookCode)
  const tracing = checkTracing(field.tracing, dir)
  problems.push(...tracing.problems)
  notes.push(...tracing.notes)
  if (json.exports !== undefined && field.specs.length > 0) {
    notes.push(
      'package.json has an "exports" map: hook files are loaded by their path, which "exports" does not restrict, so they need not be listed there',
    )
  }
  if (json.autowrapt !== undefined && field.specs.length === 0 && field.tracing.length === 0 && problems.length === 0)
    notes.push('the package declares no hooks')
  return {
    name,
    version: typeof json.version === 'string' ? json.version : null,
    dir,
    hooks: field.specs.length,
    tracing: field.tracing.length,
    hookFiles,
    groups: field.groups,
    hookCode: mode.loadHooks ? 'run' : 'read',
    unverified,
    problems,
    notes,
    spans: field.tracing.map((spec) => ({
      jsonPath: spec.jsonPath,
      channel: channelOf(spec),
      declared: spec.span !== undefined,
      records: describePlan(planSpan(spec, name ?? '')),
    })),
  }
}
