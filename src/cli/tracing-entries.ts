// The CLI's view of declarative tracing entries. `list` shows each entry with
// its channel and what is installed; `check` validates each against the
// installed package it names: the file exists in that version, the range is
// valid, and a dry run of the transformer finds the function (what the runtime
// would otherwise report as no-match or failed when the file loads).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TracingDeclaration } from '../core/discovery.js'
import { closest } from '../core/did-you-mean.js'
import { installedPackageNames, packageNameHint } from '../core/installed-names.js'
import type { Manifest } from '../core/manifest.js'
import { findPackageDir, readPackageJson } from '../core/package-info.js'
import type { TracingOutcome } from '../core/tracing-records.js'
import { channelOf, describeQuery, type TracingSpec } from '../core/tracing-spec.js'
import { isValidRange, satisfiesRange } from '../core/versions.js'
import { formatOf } from '../tracing/source-text.js'
import { transformFile } from '../tracing/transform.js'
import { WarningCode } from '../report/log.js'
import { describeEntryFiles } from './package-entry.js'
import { CheckCode, type CliProblem } from './problems.js'

export type ListedTracing = {
  package: string
  group: string | null
  module: string
  filePath: string
  versionRange: string | null
  query: string
  channel: string
  /** The version of `module` installed where the CLI looked, or null. */
  installed: string | null
  /** Whether `filePath` exists in that installed package. */
  fileExists: boolean | null
  /** The files `require` and `import` of the installed package load: `require dist/index.cjs (commonjs), import dist/index.js (module)`. */
  loads: string | null
  /** For a package not installed: the installed package whose name is closest, or null. */
  didYouMean: string | null
}

type Installed = { dir: string; version: string | undefined }

function installedPackage(name: string, bases: readonly string[]): Installed | undefined {
  const dir = findPackageDir(name, bases)
  if (dir === undefined) return undefined
  const version = readPackageJson(dir)?.version
  return { dir, version: typeof version === 'string' ? version : undefined }
}

export function listTracing({ pkg, spec }: TracingDeclaration, bases: readonly string[]): ListedTracing {
  const installed = installedPackage(spec.moduleName, [pkg.dir, ...bases])
  return {
    package: pkg.name,
    group: spec.group ?? null,
    module: spec.moduleName,
    filePath: spec.filePath,
    versionRange: spec.versionRange ?? null,
    query: describeQuery(spec),
    channel: channelOf(spec),
    installed: installed ? (installed.version ?? '(no version)') : null,
    fileExists: installed ? existsSync(join(installed.dir, spec.filePath)) : null,
    loads: installed ? describeEntryFiles(installed.dir) : null,
    didYouMean: installed ? null : (closest(spec.moduleName, installedPackageNames([pkg.dir, ...bases])) ?? null),
  }
}

/** The problem of a listed entry whose file the installed package does not have, or undefined. */
export function missingFileProblem(t: ListedTracing, jsonPath: string): CliProblem | undefined {
  if (t.fileExists !== false) return undefined
  return {
    code: CheckCode.TracedFile,
    jsonPath: `${jsonPath}.module.filePath`,
    message: `package "${t.package}": ${jsonPath}: ${t.filePath} does not exist in the installed ${t.module}@${t.installed} (${t.loads})`,
  }
}

/** Every tracing entry of a manifest: `tracing`, then each group's. */
export function allTracingSpecs(manifest: Manifest): TracingSpec[] {
  return [...manifest.tracing, ...[...manifest.groupTracing.values()].flat()]
}

// A dry run of the runtime's own transform on the installed file.
function dryRun(spec: TracingSpec, installed: Installed, file: string): TracingOutcome | undefined {
  const source = readFileSync(file, 'utf8')
  const format = formatOf(undefined, file, source, readPackageJson(installed.dir)?.type) ?? 'commonjs'
  let outcome: TracingOutcome | undefined
  const match = {
    packageName: spec.moduleName,
    dir: installed.dir,
    path: spec.filePath,
    records: [{ spec: { ...spec, versionRange: undefined } }],
  }
  transformFile(source, file, format, match, (_record, o) => (outcome = o), false)
  return outcome
}

/** Checks each entry against the package installed from `dir`; returns problems and notes. */
export function checkTracing(specs: readonly TracingSpec[], dir: string): { problems: CliProblem[]; notes: string[] } {
  const problems: CliProblem[] = []
  const notes: string[] = []
  for (const spec of specs) {
    if (spec.versionRange !== undefined && !isValidRange(spec.versionRange)) {
      problems.push({
        code: WarningCode.InvalidRange,
        jsonPath: `${spec.jsonPath}.module.versionRange`,
        message: `invalid semver range ${JSON.stringify(spec.versionRange)}`,
      })
      continue
    }
    const installed = installedPackage(spec.moduleName, [dir, process.cwd()])
    if (installed === undefined) {
      const hint = packageNameHint(spec.moduleName, [dir, process.cwd()])
      notes.push(
        `${spec.jsonPath}: ${spec.moduleName} is not installed where this package is, so its file and query were not checked${hint}`,
      )
      continue
    }
    const at = `${spec.moduleName}@${installed.version ?? '(no version)'}`
    const file = join(installed.dir, spec.filePath)
    if (!existsSync(file)) {
      problems.push({
        code: CheckCode.TracedFile,
        jsonPath: `${spec.jsonPath}.module.filePath`,
        message: `${spec.filePath} does not exist in the installed ${at} (${installed.dir}); its ${describeEntryFiles(installed.dir)}`,
      })
      continue
    }
    if (spec.versionRange !== undefined && (installed.version === undefined || !satisfiesRange(installed.version, spec.versionRange))) {
      notes.push(
        `${spec.jsonPath}: the installed ${at} is outside "${spec.versionRange}", so the entry would be skipped; its query was still checked`,
      )
    }
    const outcome = dryRun(spec, installed, file)
    if (outcome?.status === 'no-match')
      problems.push({
        code: WarningCode.TracingNoMatch,
        jsonPath: spec.jsonPath,
        message: `${describeQuery(spec)} matches no function in ${spec.filePath} of the installed ${at}${outcome.hint === undefined ? '' : ` (${outcome.hint})`}`,
      })
    if (outcome?.status === 'failed')
      problems.push({
        code: WarningCode.TracingFailed,
        jsonPath: spec.jsonPath,
        message: `${spec.filePath} of the installed ${at} cannot be transformed: ${outcome.error}`,
      })
  }
  return { problems, notes }
}
