// `autowrapt check` on one package directory: the field (schema, runtime
// reading, ranges), the package name, and each hook file: it exists inside the
// package, npm would publish it, and it exports a function where declared.
// Unlike `list`, this loads hook files, each in its own child process.
import { readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { hookRef, type HookSpec } from '../core/manifest.js'
import { isPackageName } from '../core/targets.js'
import { checkField, type CheckProblem } from './field-check.js'
import { filesCoverage } from './files-field.js'
import { locateHookFile, wouldRefuse } from '../core/hook-files.js'
import { probeExports } from './probe-exports.js'
import { missingExportMessage } from '../core/hook-export.js'
import { atFrame } from '../core/hook-frame.js'

export type CheckResult = {
  name: string | null
  version: string | null
  dir: string
  hooks: number
  hookFiles: number
  groups: number
  problems: CheckProblem[]
  notes: string[]
}

/** Reads `<dir>/package.json`, or throws an error that says what is wrong. */
function readPackage(dir: string): Record<string, unknown> {
  let text: string
  try {
    text = readFileSync(join(dir, 'package.json'), 'utf8')
  } catch {
    throw new Error(`no package.json in ${dir}; give the root directory of a patch package`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`${join(dir, 'package.json')} is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${join(dir, 'package.json')} does not hold a JSON object`)
  return json as Record<string, unknown>
}

/** Checks every hook file once, then each declaration's export against what that file exports. */
function checkHookFiles(dir: string, specs: HookSpec[], files: unknown, timeoutMs: number, problems: CheckProblem[]): number {
  const coverage = filesCoverage(files)
  if (coverage.problem) problems.push({ jsonPath: 'files', message: coverage.problem })
  const byFile = new Map<string, HookSpec[]>()
  for (const spec of specs) byFile.set(spec.file, [...(byFile.get(spec.file) ?? []), spec])
  for (const [file, fileSpecs] of byFile) {
    const first = fileSpecs[0]!
    const located = locateHookFile(dir, file)
    if (!located.ok) {
      for (const spec of fileSpecs) problems.push({ jsonPath: spec.jsonPath, message: wouldRefuse(located.problem) })
      continue
    }
    if (!coverage.covers(file)) {
      problems.push({ jsonPath: first.jsonPath, message: `hook file ${file} is not covered by "files", so npm would not publish it; add it (or its directory) to "files"` })
    }
    const names = [...new Set(fileSpecs.map((s) => s.exportName ?? null))]
    const probe = probeExports(located.path, names, dir, timeoutMs)
    for (const spec of fileSpecs) {
      if ('error' in probe) {
        problems.push({ jsonPath: spec.jsonPath, message: `hook file ${file} failed to load${atFrame({ stack: probe.stack }, realpathSync(dir))}: ${probe.error}` })
        continue
      }
      const shape = probe.shapes.get(spec.exportName ?? null)!
      if (shape.found !== 'function') {
        problems.push({ jsonPath: spec.jsonPath, message: `hook file ${hookRef(spec)} ${missingExportMessage(spec.exportName, shape)}` })
      }
    }
  }
  return byFile.size
}

/** Checks the patch package at `dir` as it would be published. */
export function checkPatchPackage(dir: string, timeoutMs: number): CheckResult {
  const json = readPackage(dir)
  const field = checkField(json.autowrapt)
  const problems = [...field.problems]
  const name = typeof json.name === 'string' ? json.name : null
  if (name === null || !isPackageName(name)) {
    problems.unshift({ jsonPath: 'name', message: 'a patch package needs a valid package name: AUTOWRAPT_BOOTSTRAP refers to it by name' })
  }
  const hookFiles = checkHookFiles(dir, field.specs, json.files, timeoutMs, problems)
  const notes: string[] = []
  if (json.exports !== undefined && field.specs.length > 0) {
    notes.push('package.json has an "exports" map: hook files are loaded by their path, which "exports" does not restrict, so they need not be listed there')
  }
  if (json.autowrapt !== undefined && field.specs.length === 0 && problems.length === 0) notes.push('the package declares no hooks')
  return {
    name,
    version: typeof json.version === 'string' ? json.version : null,
    dir,
    hooks: field.specs.length,
    hookFiles,
    groups: field.groups,
    problems,
    notes,
  }
}
