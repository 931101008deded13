// Validation of the `autowrapt` field of a patch package's package.json. Pure:
// it returns the valid hook declarations and a list of problems (each with a
// JSON path), and never throws, so one bad entry cannot hide the good ones.
import { posix } from 'node:path'
import { WarningCode } from '../report/log.js'
import { isPlainObject } from './plain-object.js'
import { ownJson } from './own-json.js'
import { fail, ok, type Problem, type Result } from './problem.js'
import { parseTarget, type Target } from './targets.js'
import { readTracingList, type TracingSpec } from './tracing-spec.js'

export type HookSpec = {
  readonly target: Target
  /** The key as written in package.json. */
  readonly key: string
  /** Path of the hook file relative to the package root, normalised (no leading `./`). */
  readonly file: string
  /** Named export holding the hook; undefined means the default export. */
  readonly exportName: string | undefined
  /** Semver range the target's version must satisfy, if any. */
  readonly versions: string | undefined
  /** Group the hook belongs to; undefined for `hooks`. */
  readonly group: string | undefined
  readonly jsonPath: string
}

export type { Problem } from './problem.js'

export type Manifest = {
  readonly hooks: HookSpec[]
  /** Declarative tracing entries (`autowrapt.tracing`). */
  readonly tracing: TracingSpec[]
  /** Each group's hooks and tracing entries (a group's `"tracing": [...]`). */
  readonly groups: Map<string, HookSpec[]>
  readonly groupTracing: Map<string, TracingSpec[]>
  readonly problems: Problem[]
}

const KNOWN_FIELDS = new Set(['hooks', 'tracing', 'groups', '$schema'])
/** What AUTOWRAPT_BOOTSTRAP can spell after `pkg:` (see discovery.ts). */
export const GROUP_NAME = /^[\w.~-]+$/

/** How a hook is named in messages: `hooks/pg.js#patchPg`, or just the file for a default export. */
export function hookRef(hook: { readonly file: string; readonly exportName: string | undefined }): string {
  return hook.exportName ? `${hook.file}#${hook.exportName}` : hook.file
}

/** `parent.key`, or `parent["key"]` when the key is not an identifier. */
export function keyPath(parent: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`
}

/** Whether JSON path `inner` is `outer` or lies inside it (`outer.x`, `outer["x"]`); null is in no path. */
export function isWithinPath(outer: string, inner: string | null): boolean {
  return inner !== null && (inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`))
}

/**
 * Checks that a hook path names a file inside its own package: relative, no
 * `..` escape, no absolute path, no URL. Returns the normalised path, or the
 * problem (AUTOWRAPT_UNSAFE_HOOK_PATH for an escape) with no JSON path yet.
 */
export function checkHookPath(path: string): Result<string> {
  if (path === '') return fail(WarningCode.InvalidConfig, 'the hook path is empty')
  if (path.includes('\\')) return fail(WarningCode.InvalidConfig, 'use "/" in hook paths')
  if (path.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) {
    return fail(WarningCode.UnsafeHookPath, `hook path "${path}" must be relative to the package root, not absolute or a URL`)
  }
  // `./` and `a/..` name the package root itself, which is no hook file.
  const file = posix.normalize(path).replace(/(.)\/+$/, '$1')
  if (file === '..' || file.startsWith('../') || file === '.' || file === './') {
    return fail(WarningCode.UnsafeHookPath, `hook path "${path}" escapes its package`)
  }
  if (file.split('/').includes('node_modules')) {
    return fail(
      WarningCode.UnsafeHookPath,
      `hook path "${path}" is in node_modules, which holds other packages' code; a hook must be the package's own file`,
    )
  }
  return ok(file)
}

type HookValue = { file: string; exportName: string | undefined; versions: string | undefined }

function parseHookValue(value: unknown, jsonPath: string, problems: Problem[]): HookValue | undefined {
  let ref: unknown = value
  let versions: string | undefined
  if (isPlainObject(value)) {
    ref = value.hook
    // An unknown property is most likely a misspelt "versions": registering the
    // hook for every version would do what the author meant to prevent.
    const unknown = Object.keys(value).filter((k) => k !== 'hook' && k !== 'versions')
    for (const k of unknown) {
      const hint = /^[Vv][Ee][Rr][Ss]/.test(k) ? ' (did you mean "versions"?)' : ''
      problems.push({
        jsonPath: keyPath(jsonPath, k),
        code: WarningCode.InvalidConfig,
        message: `unknown property "${k}"${hint}; expected "hook" and optionally "versions"; the hook is dropped`,
      })
    }
    if (value.versions !== undefined) {
      if (typeof value.versions !== 'string' || value.versions.trim() === '') {
        problems.push({
          jsonPath: `${jsonPath}.versions`,
          code: WarningCode.InvalidRange,
          message: 'versions must be a non-empty semver range string',
        })
        return undefined
      }
      versions = value.versions.trim()
    }
    if (unknown.length > 0) return undefined
    jsonPath = `${jsonPath}.hook`
  }
  if (typeof ref !== 'string') {
    problems.push({
      jsonPath,
      code: WarningCode.InvalidConfig,
      message: 'a hook must be "<path>#<export>" or { "hook": "<path>#<export>", "versions": "<range>" }',
    })
    return undefined
  }
  const hash = ref.indexOf('#')
  const path = hash === -1 ? ref : ref.slice(0, hash)
  const exportName = hash === -1 ? undefined : ref.slice(hash + 1)
  if (exportName !== undefined && !/^[^\s#]+$/.test(exportName)) {
    problems.push({ jsonPath, code: WarningCode.InvalidConfig, message: `"${ref}" has an empty or malformed export name after "#"` })
    return undefined
  }
  const checked = checkHookPath(path)
  if (!checked.ok) {
    problems.push({ ...checked.problem, jsonPath })
    return undefined
  }
  return { file: checked.value, exportName: exportName === 'default' ? undefined : exportName, versions }
}

// In a group, the key "tracing" with a list value holds the group's tracing
// entries; a hook value is never a list, so a package named "tracing" can still
// be a target.
function readHookTable(
  table: unknown,
  jsonPath: string,
  group: string | undefined,
  problems: Problem[],
  tracing?: TracingSpec[],
): HookSpec[] {
  if (!isPlainObject(table)) {
    problems.push({ jsonPath, code: WarningCode.InvalidConfig, message: 'must be an object mapping targets to hooks' })
    return []
  }
  const specs: HookSpec[] = []
  for (const [key, value] of Object.entries(table)) {
    const path = keyPath(jsonPath, key)
    if (tracing !== undefined && key === 'tracing' && Array.isArray(value)) {
      tracing.push(...readTracingList(value, path, group, problems))
      continue
    }
    const target = parseTarget(key)
    if (!target.ok) {
      problems.push({ ...target.problem, jsonPath: path, message: `bad target: ${target.problem.message}` })
      continue
    }
    if (target.value.kind !== 'builtin' && target.value.packageName !== target.value.packageName.toLowerCase()) {
      // Kept (a few legacy packages, like JSONStream, have capitals), but said: most often it is a typo.
      problems.push({
        jsonPath: path,
        code: WarningCode.InvalidConfig,
        message: `target "${key}" has upper-case letters, which npm has not allowed in package names since 2017; it only matches a legacy package spelt exactly so`,
      })
    }
    const hook = parseHookValue(value, path, problems)
    if (hook) specs.push({ target: target.value, key, group, jsonPath: path, ...hook })
  }
  return specs
}

/**
 * Reads an `autowrapt` field. `field` is whatever package.json holds under that
 * key; it is read through a null-prototype copy, so only members the file wrote
 * count, never ones inherited from a polluted Object.prototype.
 */
export function readManifest(declared: unknown): Manifest {
  const problems: Problem[] = []
  const groups = new Map<string, HookSpec[]>()
  const groupTracing = new Map<string, TracingSpec[]>()
  let field: unknown
  try {
    field = ownJson(declared)
  } catch {
    problems.push({ jsonPath: 'autowrapt', code: WarningCode.InvalidConfig, message: 'the "autowrapt" field is nested too deeply to read' })
    return { hooks: [], tracing: [], groups, groupTracing, problems }
  }
  if (!isPlainObject(field)) {
    problems.push({
      jsonPath: 'autowrapt',
      code: WarningCode.InvalidConfig,
      message: field === undefined ? 'the package.json has no "autowrapt" field' : 'the "autowrapt" field must be an object',
    })
    return { hooks: [], tracing: [], groups, groupTracing, problems }
  }
  for (const k of Object.keys(field)) {
    if (!KNOWN_FIELDS.has(k))
      problems.push({
        jsonPath: keyPath('autowrapt', k),
        code: WarningCode.InvalidConfig,
        message: `unknown property "${k}" (expected "hooks", "tracing" and "groups")`,
      })
  }
  const hooks = field.hooks === undefined ? [] : readHookTable(field.hooks, 'autowrapt.hooks', undefined, problems)
  const tracing = field.tracing === undefined ? [] : readTracingList(field.tracing, 'autowrapt.tracing', undefined, problems)
  if (field.groups !== undefined) {
    if (!isPlainObject(field.groups)) {
      problems.push({
        jsonPath: 'autowrapt.groups',
        code: WarningCode.InvalidConfig,
        message: 'must be an object mapping group names to hook tables',
      })
    } else {
      for (const [name, table] of Object.entries(field.groups)) {
        if (name === '__proto__') {
          problems.push({
            jsonPath: keyPath('autowrapt.groups', name),
            code: WarningCode.InvalidConfig,
            message: 'a group cannot be named "__proto__" (in JavaScript that name reaches Object.prototype); the group is ignored',
          })
          continue
        }
        if (!GROUP_NAME.test(name)) {
          problems.push({
            jsonPath: keyPath('autowrapt.groups', name),
            code: WarningCode.InvalidConfig,
            message: `"${name}" cannot be named in AUTOWRAPT_BOOTSTRAP (group names use letters, digits, ".", "_", "~" and "-")`,
          })
          continue
        }
        const entries: TracingSpec[] = []
        groups.set(name, readHookTable(table, keyPath('autowrapt.groups', name), name, problems, entries))
        groupTracing.set(name, entries)
      }
    }
  }
  if (field.$schema !== undefined && typeof field.$schema !== 'string') {
    const found = field.$schema === null ? 'null' : Array.isArray(field.$schema) ? 'array' : typeof field.$schema
    problems.push({ jsonPath: 'autowrapt.$schema', code: WarningCode.InvalidConfig, message: `must be a string (found ${found})` })
  }
  return { hooks, tracing, groups, groupTracing, problems }
}
