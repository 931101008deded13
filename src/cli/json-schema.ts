// A small JSON Schema validator for the subset our own schema uses, so that
// `autowrapt check` validates against the very file editors read, without a
// validator dependency. Unknown keywords throw: if the schema grows a keyword
// this file does not implement, the tests fail instead of silently passing.

import { keyPath } from '../core/manifest.js'

export type JsonSchema = boolean | { readonly [keyword: string]: unknown }
export type SchemaProblem = { readonly jsonPath: string; readonly message: string }

type SchemaObject = { readonly [keyword: string]: unknown }
// `expected` marks a type mismatch at the value itself; oneOf/anyOf use it to
// tell a branch that does not apply from one that applies and has errors.
type Found = SchemaProblem & { readonly expected?: readonly string[] }
type Context = { readonly root: SchemaObject; readonly regexps: Map<string, RegExp> }

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'markdownDescription', 'examples', 'default', 'deprecated', '$defs'])
const KEYWORDS = new Set(['$ref', 'type', 'properties', 'additionalProperties', 'patternProperties', 'propertyNames', 'required', 'oneOf', 'anyOf', 'pattern', 'minLength', 'enum', 'items', 'minimum'])

/** `parent.key`, or `parent["key"]` when the key is not an identifier; the same spelling as manifest problems. */
export function childPath(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : keyPath(parent, key)
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer'
  return typeof value
}

/** The type named in messages: JSON has numbers, "integer" is a schema refinement. */
function foundType(value: unknown): string {
  const type = typeOf(value)
  return type === 'integer' ? 'number' : type
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value)
  return actual === type || (type === 'number' && actual === 'integer')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

function resolveRef(ref: unknown, ctx: Context): JsonSchema {
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) throw new Error(`json-schema: only "#/$defs/<name>" references are supported, not ${JSON.stringify(ref)}`)
  const defs = ctx.root.$defs
  const target = isObject(defs) ? defs[ref.slice('#/$defs/'.length)] : undefined
  if (typeof target !== 'boolean' && !isObject(target)) throw new Error(`json-schema: ${ref} is not defined`)
  return target
}

function regexp(pattern: string, ctx: Context): RegExp {
  let re = ctx.regexps.get(pattern)
  if (re === undefined) ctx.regexps.set(pattern, (re = new RegExp(pattern, 'u')))
  return re
}

/** Why a value failed a `pattern`: the first sentence of the schema's own description is the best explanation. */
function patternMessage(value: string, schema: SchemaObject): string {
  const sentence = typeof schema.description === 'string' ? schema.description.split(/(?<=\.)\s+(?=[A-Z])/)[0]!.replace(/\.$/, '') : ''
  const why = sentence === '' ? '' : `; expected ${/^[A-Z](?![A-Z])/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence}`
  return `${JSON.stringify(value)} is not in the expected form${why}`
}

function checkString(schema: SchemaObject, value: string, path: string, ctx: Context, out: Found[]): void {
  if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
    out.push({ jsonPath: path, message: schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters long` })
  } else if (typeof schema.pattern === 'string' && !regexp(schema.pattern, ctx).test(value)) {
    out.push({ jsonPath: path, message: patternMessage(value, schema) })
  }
}

function checkObject(schema: SchemaObject, value: Record<string, unknown>, path: string, ctx: Context, out: Found[]): void {
  const properties = isObject(schema.properties) ? schema.properties : {}
  const patterns = isObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : []
  for (const name of Array.isArray(schema.required) ? schema.required : []) {
    if (typeof name === 'string' && !(name in value)) out.push({ jsonPath: path, message: `is missing the required property "${name}"` })
  }
  for (const [key, item] of Object.entries(value)) {
    const itemPath = childPath(path, key)
    if (schema.propertyNames !== undefined) {
      const nameProblems: Found[] = []
      check(schema.propertyNames as JsonSchema, key, itemPath, ctx, nameProblems)
      for (const p of nameProblems) out.push({ jsonPath: itemPath, message: `key ${p.message}` })
    }
    let matched = false
    if (Object.hasOwn(properties, key)) {
      matched = true
      check(properties[key] as JsonSchema, item, itemPath, ctx, out)
    }
    for (const [pattern, sub] of patterns) {
      if (!regexp(pattern, ctx).test(key)) continue
      matched = true
      check(sub as JsonSchema, item, itemPath, ctx, out)
    }
    if (!matched && schema.additionalProperties !== undefined) {
      if (schema.additionalProperties === false) {
        const known = Object.keys(properties)
        out.push({ jsonPath: itemPath, message: `unknown property "${key}"${known.length > 0 ? ` (allowed: ${known.join(', ')})` : ''}` })
      } else {
        check(schema.additionalProperties as JsonSchema, item, itemPath, ctx, out)
      }
    }
  }
}

/** oneOf / anyOf: report the first branch that applies to the value's type, or what types were expected. */
function checkAlternatives(keyword: 'oneOf' | 'anyOf', branches: unknown, value: unknown, path: string, ctx: Context, out: Found[]): void {
  if (!Array.isArray(branches)) throw new Error(`json-schema: ${keyword} must be an array`)
  const results = branches.map((branch) => {
    const found: Found[] = []
    check(branch as JsonSchema, value, path, ctx, found)
    return found
  })
  const passing = results.filter((r) => r.length === 0).length
  if (keyword === 'oneOf' && passing > 1) out.push({ jsonPath: path, message: 'matches more than one of the allowed forms' })
  if (passing > 0) return
  const applicable = results.find((r) => !r.some((p) => p.jsonPath === path && p.expected !== undefined))
  if (applicable !== undefined) {
    out.push(...applicable)
    return
  }
  const expected = [...new Set(results.flatMap((r) => r.flatMap((p) => p.expected ?? [])))]
  out.push({ jsonPath: path, message: `must be ${expected.map(article).join(' or ')} (found ${foundType(value)})`, expected })
}

function check(schema: JsonSchema, value: unknown, path: string, ctx: Context, out: Found[]): void {
  if (schema === true) return
  if (schema === false) {
    out.push({ jsonPath: path, message: 'is not allowed here' })
    return
  }
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`json-schema: keyword "${keyword}" is not supported by this validator`)
  }
  if (schema.$ref !== undefined) check(resolveRef(schema.$ref, ctx), value, path, ctx, out)
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[]
    if (!types.some((t) => hasType(value, t))) {
      out.push({ jsonPath: path, message: `must be ${types.map(article).join(' or ')} (found ${foundType(value)})`, expected: types })
      return // every other keyword would only repeat the mismatch
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) {
    out.push({ jsonPath: path, message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}` })
  }
  if (typeof schema.minimum === 'number' && typeof value === 'number' && value < schema.minimum) out.push({ jsonPath: path, message: `must be at least ${schema.minimum}` })
  if (schema.items !== undefined && Array.isArray(value)) value.forEach((item, i) => check(schema.items as JsonSchema, item, childPath(path, i), ctx, out))
  if (typeof value === 'string') checkString(schema, value, path, ctx, out)
  if (isObject(value)) checkObject(schema, value, path, ctx, out)
  if (schema.oneOf !== undefined) checkAlternatives('oneOf', schema.oneOf, value, path, ctx, out)
  if (schema.anyOf !== undefined) checkAlternatives('anyOf', schema.anyOf, value, path, ctx, out)
}

/**
 * Validates `value` against `schema` and returns every problem, each with the
 * JSON path of the offending value below `rootPath`; an empty list means valid.
 *
 *     validateJsonSchema(schema, pkg.autowrapt, 'autowrapt')
 *     // [{ jsonPath: 'autowrapt.hooks["pg"]', message: 'must be a string or an object (found number)' }]
 */
export function validateJsonSchema(schema: JsonSchema, value: unknown, rootPath = '$'): SchemaProblem[] {
  const ctx: Context = { root: isObject(schema) ? schema : {}, regexps: new Map() }
  const out: Found[] = []
  check(schema, value, rootPath, ctx, out)
  return out.map(({ jsonPath, message }) => ({ jsonPath, message }))
}
