// Wrapping a property defined by a getter. Turning the accessor into a data
// property would freeze a lazily computed value and drop its setter, so the
// accessor stays an accessor: a new getter returns a wrapped version of
// whatever the original getter returns, made once per underlying function.
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { isWrapped, NO_ARGS, propertyLabel } from './define.js'
import type { FoundProperty } from './define.js'
import { createReplacement, describeKind, refuse, refuseDoubleWrap } from './replacement.js'
import type { Wrappable, Wrapper } from './types.js'

type AccessorRecord = {
  holder: object
  name: PropertyKey
  previous: PropertyDescriptor
  own: boolean
  get: () => unknown
}

// Keyed by the getter we install: unwrap recognises our accessor by it.
const accessorRecords = new WeakMap<object, AccessorRecord>()

export function wrapAccessor(
  holder: object,
  name: PropertyKey,
  found: FoundProperty,
  wrapper: Wrapper<Wrappable>,
): Wrappable | undefined {
  const { descriptor, own } = found
  const originalGet = descriptor.get
  if (typeof originalGet !== 'function') return refuse(name, 'it is an accessor without a getter')
  if (accessorRecords.has(originalGet)) return refuseDoubleWrap(name)
  if (own ? descriptor.configurable !== true : !Reflect.isExtensible(holder)) {
    return refuse(name, own
      ? 'it is a non-configurable accessor, so its getter cannot be replaced'
      : 'it is an inherited accessor and the target is not extensible (frozen or sealed)')
  }
  let current: unknown
  try {
    current = Reflect.get(holder, name)
  } catch (error) {
    return refuse(name, `its getter threw ${describeError(error)}`)
  }
  if (typeof current !== 'function') return refuse(name, `its getter returns ${describeKind(current)}, not a function`)
  if (isWrapped(current)) return refuseDoubleWrap(name)

  const record = { holder, name, previous: descriptor, own } as AccessorRecord
  const wrapValue = createValueWrapper(name, wrapper, () => { restoreAccessor(record) })
  const first = wrapValue(current)
  if (first === current) return undefined // the factory declined; it has warned
  record.get = function get(this: unknown) {
    return wrapValue(Reflect.apply(originalGet, this, NO_ARGS))
  }
  const installed: PropertyDescriptor = {
    get: record.get,
    set: descriptor.set,
    enumerable: descriptor.enumerable,
    configurable: own ? descriptor.configurable : true,
  }
  try {
    if (!Reflect.defineProperty(holder, name, installed)) return refuse(name, 'the target refused the new getter')
  } catch (error) {
    return refuse(name, `redefining the accessor threw ${describeError(error)}`)
  }
  accessorRecords.set(record.get, record)
  if (debugEnabled) debug('wrap', `wrapped accessor ${propertyLabel(name)}`)
  return first as Wrappable
}

// Memoised per underlying function, so `obj.fn === obj.fn` still holds and the
// factory runs once per value, not once per read. A value the factory declined
// is remembered too, so a getter read in a loop warns once.
function createValueWrapper(name: PropertyKey, wrapper: Wrapper<Wrappable>, unwrap: () => void) {
  const made = new WeakMap<object, unknown>()
  const produced = new WeakSet<object>()
  return function wrapValue(value: unknown): unknown {
    // A wrapper we made can come back through the setter (`obj.fn = obj.fn`).
    if (typeof value !== 'function' || produced.has(value)) return value
    let replacement = made.get(value)
    if (replacement === undefined) {
      replacement = createReplacement(value as Wrappable, name, wrapper, unwrap) ?? value
      made.set(value, replacement)
      if (replacement !== value) produced.add(replacement as object)
    }
    return replacement
  }
}

/** Unwraps `holder[name]` when it is an accessor autowrapt installed there. */
export function unwrapAccessor(holder: object, name: PropertyKey, descriptor: PropertyDescriptor): boolean {
  const record = descriptor.get === undefined ? undefined : accessorRecords.get(descriptor.get)
  if (record === undefined || record.holder !== holder || record.name !== name) {
    if (debugEnabled) debug('wrap', `accessor ${propertyLabel(name)} was not wrapped by autowrapt; left alone`)
    return false
  }
  return restoreAccessor(record)
}

function restoreAccessor(record: AccessorRecord): boolean {
  const { holder, name } = record
  try {
    const now = Reflect.getOwnPropertyDescriptor(holder, name)
    if (now === undefined || now.get !== record.get) {
      if (debugEnabled) debug('wrap', `accessor ${propertyLabel(name)} was redefined since it was wrapped; left alone`)
      return false
    }
    const restored = record.own
      ? Reflect.defineProperty(holder, name, record.previous)
      : Reflect.deleteProperty(holder, name)
    if (restored) return true
    warn(WarningCode.WrapFailed, `could not restore accessor ${propertyLabel(name)}: the target refused`)
  } catch (error) {
    warn(WarningCode.WrapFailed, `could not restore accessor ${propertyLabel(name)}: ${describeError(error)}`)
  }
  return false
}
