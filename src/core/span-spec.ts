// Validation of a tracing entry's `span` declaration: what the OpenTelemetry
// bridge (src/otel/) records for each call. Pure, like tracing-spec.ts. A bad
// part of a declaration is dropped with an AUTOWRAPT_INVALID_SPAN problem and
// the rest stands: the entry itself still traces.
import { WarningCode } from '../report/log.js'
import { isPlainObject } from './plain-object.js'
import type { Problem } from './problem.js'

export type SpanKindName = 'internal' | 'server' | 'client' | 'producer' | 'consumer'
export type PathRoot = 'arguments' | 'self' | 'result' | 'moduleVersion'
/** One step of a path: a property name or an array index. */
export type PathStep = string | number

export type SpanAttribute =
  | { readonly key: string; readonly literal: string | number | boolean }
  | {
      readonly key: string
      readonly root: PathRoot
      readonly steps: readonly PathStep[]
      readonly source: string
      readonly jsonPath: string
    }

export type SpanSpec = {
  readonly name: string | undefined
  readonly kind: SpanKindName | undefined
  readonly attributes: readonly SpanAttribute[]
  readonly jsonPath: string
}

const KINDS = new Set<string>(['internal', 'server', 'client', 'producer', 'consumer'])
const SPAN_KEYS = new Set(['name', 'kind', 'attributes'])
/** A string that starts like member access (`word.`, `word[`, `word(`) is a path, not a literal. */
export const PATH_LIKE = /^[A-Za-z_$][\w$]*[.[(]|^(arguments|self|result|moduleVersion)$/
const ROOT = /^(arguments|self|result|moduleVersion)(?=$|[.[])/
const STEP = /^(?:\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["([^"\\]*)"\]|\['([^'\\]*)'\])/

/** Parses `arguments[0].text` into its root and steps, or undefined when it is not a restricted path. */
export function parsePath(source: string): { root: PathRoot; steps: PathStep[] } | undefined {
  const root = ROOT.exec(source)
  if (root === null) return undefined
  const steps: PathStep[] = []
  let rest = source.slice(root[0].length)
  while (rest !== '') {
    const step = STEP.exec(rest)
    if (step === null) return undefined
    steps.push(step[2] !== undefined ? Number(step[2]) : (step[1] ?? step[3] ?? step[4])!)
    rest = rest.slice(step[0].length)
  }
  return { root: root[1] as PathRoot, steps }
}

// As manifest.ts writes keys (not imported: manifest.ts imports this file).
const keyPath = (parent: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`

function invalid(problems: Problem[], jsonPath: string, message: string): void {
  problems.push({ jsonPath, code: WarningCode.InvalidSpan, message })
}

function readAttribute(key: string, value: unknown, at: string, problems: Problem[]): SpanAttribute | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return { key, literal: value }
  if (isPlainObject(value) && Object.keys(value).length === 1 && 'value' in value) {
    const literal = value.value
    if (typeof literal === 'string' || typeof literal === 'number' || typeof literal === 'boolean') return { key, literal }
  }
  if (typeof value !== 'string') {
    invalid(problems, at, 'an attribute is a string (a literal or a path), a number, a boolean or { "value": <literal> }')
    return undefined
  }
  if (!PATH_LIKE.test(value)) return { key, literal: value }
  const path = parsePath(value)
  if (path === undefined) {
    invalid(
      problems,
      at,
      `"${value}" is not a path over arguments, self, result or moduleVersion (steps: .name, [0], ["key"]; no calls); ` +
        `write a literal that looks like a path as { "value": ${JSON.stringify(value)} }`,
    )
    return undefined
  }
  return { key, ...path, source: value, jsonPath: at }
}

/** Reads `span`; never rejects the entry, only drops what is wrong. */
export function readSpan(value: unknown, jsonPath: string, problems: Problem[]): SpanSpec | undefined {
  if (!isPlainObject(value)) {
    invalid(problems, jsonPath, 'span must be an object { "name", "kind", "attributes" } (all optional)')
    return undefined
  }
  for (const k of Object.keys(value))
    if (!SPAN_KEYS.has(k)) invalid(problems, keyPath(jsonPath, k), `unknown property "${k}" (expected name, kind, attributes)`)
  let name: string | undefined
  if (value.name !== undefined) {
    if (typeof value.name === 'string' && value.name.trim() !== '') name = value.name
    else invalid(problems, `${jsonPath}.name`, 'name must be a non-empty string')
  }
  let kind: SpanKindName | undefined
  if (value.kind !== undefined) {
    if (typeof value.kind === 'string' && KINDS.has(value.kind)) kind = value.kind as SpanKindName
    else invalid(problems, `${jsonPath}.kind`, `kind must be one of ${[...KINDS].join(', ')}; the span is recorded as internal`)
  }
  const attributes: SpanAttribute[] = []
  if (value.attributes !== undefined) {
    if (!isPlainObject(value.attributes)) invalid(problems, `${jsonPath}.attributes`, 'attributes must map attribute names to values')
    else
      for (const [key, v] of Object.entries(value.attributes)) {
        const attribute = readAttribute(key, v, keyPath(`${jsonPath}.attributes`, key), problems)
        if (attribute !== undefined) attributes.push(attribute)
      }
  }
  return { name, kind, attributes, jsonPath }
}
