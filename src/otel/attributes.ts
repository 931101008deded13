// Reads a declared attribute path (`arguments[0].text`) off an event's context
// without running any of the application's code: only own data properties are
// read. A getter, a Proxy or an inherited property stops the path: the
// attribute is left out and said once per declaration (AUTOWRAPT_INVALID_SPAN).
import { types } from 'node:util'
import type { PathStep, SpanAttribute } from '../core/span-spec.js'
import { warn, WarningCode } from '../report/log.js'

export type AttributeValue = string | number | boolean | string[] | number[] | boolean[]
export type Attributes = Record<string, AttributeValue>
type Event = { arguments?: unknown; self?: unknown; result?: unknown; moduleVersion?: unknown }

const warned = new Set<string>()

function stop(at: string, packageName: string, why: string): undefined {
  const key = `${packageName}\0${at}`
  if (!warned.has(key)) {
    warned.add(key)
    warn(
      WarningCode.InvalidSpan,
      `span attribute ${at} of "${packageName}": ${why}; the attribute is left out (no code on the path is run)`,
    )
  }
  return undefined
}

function step(value: unknown, name: PathStep, at: string, packageName: string): unknown {
  if (value === null || value === undefined) return undefined
  if ((typeof value === 'object' || typeof value === 'function') && types.isProxy(value))
    return stop(at, packageName, `the value before "${String(name)}" is a Proxy`)
  const descriptor = Object.getOwnPropertyDescriptor(Object(value), name)
  if (descriptor === undefined) return undefined
  if (!('value' in descriptor)) return stop(at, packageName, `"${String(name)}" is a getter`)
  return descriptor.value
}

/** The value at a path, or undefined when it is missing or not plain data. */
export function readPath(event: Event, attribute: Extract<SpanAttribute, { root: string }>, packageName: string): unknown {
  let value: unknown = event[attribute.root]
  for (const name of attribute.steps) {
    value = step(value, name, attribute.jsonPath, packageName)
    if (value === undefined) return undefined
  }
  return value
}

/** A value OpenTelemetry accepts as an attribute, or undefined (objects and functions are never stringified). */
export function toAttributeValue(value: unknown): AttributeValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return Number.isFinite(value) ? value : undefined
    case 'bigint':
      return value.toString()
  }
  if (!Array.isArray(value) || value.length === 0 || types.isProxy(value)) return undefined
  const kind = typeof value[0]
  if ((kind === 'string' || kind === 'number' || kind === 'boolean') && value.every((v) => typeof v === kind))
    return value as AttributeValue
  return undefined
}

/** Adds the declared attributes whose path root is in `roots` (result is read only at the end). */
export function addAttributes(
  into: Attributes,
  attributes: readonly SpanAttribute[],
  event: Event,
  atEnd: boolean,
  packageName: string,
): Attributes {
  for (const attribute of attributes) {
    if ('literal' in attribute) {
      if (!atEnd) into[attribute.key] = attribute.literal
      continue
    }
    if ((attribute.root === 'result') !== atEnd) continue
    const value = toAttributeValue(readPath(event, attribute, packageName))
    if (value !== undefined) into[attribute.key] = value
  }
  return into
}
