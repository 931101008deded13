// Validation of declarative tracing entries (`autowrapt.tracing`, and
// `tracing` inside a group). An entry is @apm-js-collab/code-transformer's
// InstrumentationConfig written as JSON, so configs written for orchestrion and
// tracing-hooks port unchanged. Pure, like manifest.ts: valid entries plus
// problems with JSON paths; nothing here loads the transformer.
import { posix } from 'node:path'
import { WarningCode } from '../report/log.js'
import { isPlainObject } from './plain-object.js'
import type { Problem } from './problem.js'
import { isPackageName } from './targets.js'
import { readSpan, type SpanSpec } from './span-spec.js'

export type TracingKind = 'Sync' | 'Async' | 'Callback' | 'Auto'

/** The function query, as code-transformer takes it (only JSON-expressible fields). */
export type FunctionQuery = {
  readonly functionName?: string
  readonly expressionName?: string
  readonly className?: string
  readonly methodName?: string
  readonly privateMethodName?: string
  readonly kind?: TracingKind
  readonly index?: number | null
  readonly callbackIndex?: number
  readonly isExportAlias?: boolean
}

export type TracingSpec = {
  /** Package whose file is transformed (code-transformer's `module.name`). */
  readonly moduleName: string
  /** Semver range of that package (`module.versionRange`, or autowrapt's `module.versions`). */
  readonly versionRange: string | undefined
  /** File inside the package, relative to its root, normalised (no leading `./`). */
  readonly filePath: string
  /** As written; the published channel is `orchestrion:<moduleName>:<channelName>`. */
  readonly channelName: string
  readonly functionQuery: FunctionQuery
  readonly astQuery: string | undefined
  readonly group: string | undefined
  readonly jsonPath: string
  /** What the OpenTelemetry bridge records for each call (src/otel/); undefined: its defaults. */
  readonly span?: SpanSpec | undefined
}

const KINDS = new Set(['Sync', 'Async', 'Callback', 'Auto'])
const ENTRY_KEYS = new Set(['channelName', 'module', 'functionQuery', 'astQuery', 'span'])
const MODULE_KEYS = new Set(['name', 'versionRange', 'versions', 'filePath'])
const NAME_KEYS = ['functionName', 'expressionName', 'className', 'methodName', 'privateMethodName'] as const
const QUERY_KEYS = new Set<string>([...NAME_KEYS, 'kind', 'index', 'callbackIndex', 'isExportAlias'])
// Names end up inside esquery selectors and channel names inside generated
// code, so both are restricted to characters that cannot break out of them.
// Built on first use: as a literal, V8 compiles its Unicode property classes
// while parsing the file, about 0.5 ms of every start (measured on Node 24).
let identifier: RegExp | undefined
const isIdentifier = (name: string): boolean =>
  (identifier ??= new RegExp('^[\\p{ID_Start}$_][\\p{ID_Continue}$\\u200c\\u200d]*$', 'u')).test(name)
export const CHANNEL_NAME = /^[\w.:/@+-]+$/

/** The diagnostics_channel name transformed code publishes to (code-transformer's convention). */
export function channelOf(spec: { moduleName: string; channelName: string }): string {
  return `orchestrion:${spec.moduleName}:${spec.channelName}`
}

/** How an entry is named in messages: `yaml/dist/index.js parse (Sync) -> orchestrion:yaml:parse`. */
export function describeQuery(spec: TracingSpec): string {
  const q = spec.functionQuery
  const what =
    spec.astQuery !== undefined
      ? `astQuery ${JSON.stringify(spec.astQuery)}`
      : (q.functionName ??
        q.expressionName ??
        (q.className !== undefined
          ? `${q.className}.${q.methodName ?? (q.privateMethodName !== undefined ? `#${q.privateMethodName}` : 'constructor')}`
          : q.methodName !== undefined
            ? `*.${q.methodName}`
            : '?'))
  const index = q.index === undefined ? '' : ` [index ${q.index}]`
  return `${what}${index} (${q.kind ?? 'Sync'})`
}

export function describeEntry(spec: TracingSpec): string {
  return `${spec.moduleName}/${spec.filePath} ${describeQuery(spec)} -> ${channelOf(spec)}`
}

function checkFilePath(value: unknown): string | { problem: string } {
  if (typeof value !== 'string' || value === '')
    return { problem: 'filePath must be a non-empty path relative to the package root (a RegExp cannot be written in JSON)' }
  if (value.includes('\\')) return { problem: 'use "/" in filePath' }
  if (value.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value))
    return { problem: `filePath "${value}" must be relative to the package root` }
  const file = posix.normalize(value)
  if (file === '.' || file === '..' || file.startsWith('../')) return { problem: `filePath "${value}" escapes its package` }
  return file
}

function readModule(
  value: unknown,
  path: string,
  problems: Problem[],
): Pick<TracingSpec, 'moduleName' | 'versionRange' | 'filePath'> | undefined {
  if (!isPlainObject(value)) {
    problems.push({
      jsonPath: path,
      code: WarningCode.InvalidTracing,
      message: 'module must be { "name", "filePath", optional "versionRange" }',
    })
    return undefined
  }
  let ok = true
  for (const k of Object.keys(value)) {
    if (!MODULE_KEYS.has(k))
      problems.push({
        jsonPath: `${path}.${k}`,
        code: WarningCode.InvalidTracing,
        message: `unknown property "${k}" (expected name, versionRange, filePath)`,
      })
  }
  if (typeof value.name !== 'string' || !isPackageName(value.name)) {
    problems.push({ jsonPath: `${path}.name`, code: WarningCode.InvalidTracing, message: 'name must be a package name' })
    ok = false
  }
  if (value.versionRange !== undefined && value.versions !== undefined) {
    problems.push({
      jsonPath: `${path}.versions`,
      code: WarningCode.InvalidTracing,
      message: 'give "versionRange" or its alias "versions", not both',
    })
    ok = false
  }
  const rangeKey = value.versions !== undefined ? 'versions' : 'versionRange'
  const range = value[rangeKey]
  if (range !== undefined && (typeof range !== 'string' || range.trim() === '')) {
    problems.push({
      jsonPath: `${path}.${rangeKey}`,
      code: WarningCode.InvalidRange,
      message: `${rangeKey} must be a non-empty semver range string`,
    })
    ok = false
  }
  const file = checkFilePath(value.filePath)
  if (typeof file !== 'string') {
    problems.push({ jsonPath: `${path}.filePath`, code: WarningCode.InvalidTracing, message: file.problem })
    ok = false
  }
  if (!ok) return undefined
  return { moduleName: value.name as string, versionRange: typeof range === 'string' ? range.trim() : undefined, filePath: file as string }
}

function readFunctionQuery(value: unknown, path: string, withAstQuery: boolean, problems: Problem[]): FunctionQuery | undefined {
  if (value === undefined && withAstQuery) return {}
  if (!isPlainObject(value)) {
    problems.push({ jsonPath: path, code: WarningCode.InvalidTracing, message: 'functionQuery must be an object (or give "astQuery")' })
    return undefined
  }
  const before = problems.length
  for (const [k, v] of Object.entries(value)) {
    const at = `${path}.${k}`
    if (!QUERY_KEYS.has(k))
      problems.push({
        jsonPath: at,
        code: WarningCode.InvalidTracing,
        message: `unknown property "${k}" (expected ${[...QUERY_KEYS].join(', ')})`,
      })
    else if ((NAME_KEYS as readonly string[]).includes(k) && (typeof v !== 'string' || !isIdentifier(v)))
      problems.push({ jsonPath: at, code: WarningCode.InvalidTracing, message: `${k} must be a JavaScript identifier` })
    else if (k === 'kind' && !KINDS.has(v as string))
      problems.push({ jsonPath: at, code: WarningCode.InvalidTracing, message: 'kind must be "Sync", "Async", "Callback" or "Auto"' })
    else if (k === 'index' && v !== null && !(Number.isInteger(v) && (v as number) >= 0))
      problems.push({
        jsonPath: at,
        code: WarningCode.InvalidTracing,
        message: 'index must be a non-negative integer or null (every match)',
      })
    else if (k === 'callbackIndex' && !Number.isInteger(v))
      problems.push({
        jsonPath: at,
        code: WarningCode.InvalidTracing,
        message: 'callbackIndex must be an integer (negative counts from the end)',
      })
    else if (k === 'isExportAlias' && typeof v !== 'boolean')
      problems.push({ jsonPath: at, code: WarningCode.InvalidTracing, message: 'isExportAlias must be a boolean' })
  }
  if (problems.length > before) return undefined
  const q = value as FunctionQuery
  if (withAstQuery) {
    const named = NAME_KEYS.find((k) => q[k] !== undefined)
    if (named === undefined) return q
    problems.push({
      jsonPath: `${path}.${named}`,
      code: WarningCode.InvalidTracing,
      message: 'with astQuery, functionQuery only takes kind, index, callbackIndex and isExportAlias (the selector does the matching)',
    })
    return undefined
  }
  const shape = [
    q.functionName !== undefined,
    q.expressionName !== undefined,
    q.className !== undefined || q.methodName !== undefined || q.privateMethodName !== undefined,
  ].filter(Boolean).length
  if (shape !== 1 || (q.privateMethodName !== undefined && (q.className === undefined || q.methodName !== undefined))) {
    problems.push({
      jsonPath: path,
      code: WarningCode.InvalidTracing,
      message: 'name exactly one of: functionName, expressionName, className (+ methodName or privateMethodName), methodName',
    })
    return undefined
  }
  const constructorOnly = q.className !== undefined && q.methodName === undefined && q.privateMethodName === undefined
  if (q.kind === undefined && !constructorOnly) {
    problems.push({
      jsonPath: `${path}.kind`,
      code: WarningCode.InvalidTracing,
      message: 'kind is required: "Sync", "Async", "Callback" or "Auto"',
    })
    return undefined
  }
  return q
}

function readEntry(value: unknown, path: string, group: string | undefined, problems: Problem[]): TracingSpec | undefined {
  if (!isPlainObject(value)) {
    problems.push({
      jsonPath: path,
      code: WarningCode.InvalidTracing,
      message: 'a tracing entry must be an object { channelName, module, functionQuery | astQuery }',
    })
    return undefined
  }
  for (const k of Object.keys(value)) {
    if (!ENTRY_KEYS.has(k)) {
      const hint = k === 'transform' ? ' (custom transforms are code; declarative entries cannot name one)' : ''
      problems.push({ jsonPath: `${path}.${k}`, code: WarningCode.InvalidTracing, message: `unknown property "${k}"${hint}` })
    }
  }
  const before = problems.length
  if (typeof value.channelName !== 'string' || !CHANNEL_NAME.test(value.channelName)) {
    problems.push({
      jsonPath: `${path}.channelName`,
      code: WarningCode.InvalidTracing,
      message: 'channelName must be a non-empty string of letters, digits and _ . : / @ + -',
    })
  }
  const mod = readModule(value.module, `${path}.module`, problems)
  const astQuery = value.astQuery
  if (astQuery !== undefined && (typeof astQuery !== 'string' || astQuery.trim() === '')) {
    problems.push({
      jsonPath: `${path}.astQuery`,
      code: WarningCode.InvalidTracing,
      message: 'astQuery must be a non-empty esquery selector',
    })
  }
  const functionQuery = readFunctionQuery(value.functionQuery, `${path}.functionQuery`, typeof astQuery === 'string', problems)
  if (problems.length > before || mod === undefined || functionQuery === undefined) return undefined
  // A bad span declaration costs only its bad parts: the entry still traces.
  const span = value.span === undefined ? undefined : readSpan(value.span, `${path}.span`, problems)
  return {
    ...mod,
    channelName: value.channelName as string,
    functionQuery,
    astQuery: astQuery as string | undefined,
    group,
    jsonPath: path,
    ...(span === undefined ? {} : { span }),
  }
}

/** Reads a `tracing` list. Invalid entries are left out, each with a problem; the rest stand. */
export function readTracingList(value: unknown, jsonPath: string, group: string | undefined, problems: Problem[]): TracingSpec[] {
  if (!Array.isArray(value)) {
    problems.push({ jsonPath, code: WarningCode.InvalidTracing, message: 'tracing must be a list of entries' })
    return []
  }
  const specs: TracingSpec[] = []
  value.forEach((entry, i) => {
    const spec = readEntry(entry, `${jsonPath}[${i}]`, group, problems)
    if (spec !== undefined) specs.push(spec)
  })
  return specs
}
