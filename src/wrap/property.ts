// shimmer-compatible wrap/unwrap of one property. The property keeps its
// enumerability, writability and configurability, so patched modules look
// unpatched to code that inspects them.
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { unwrapAccessor, wrapAccessor } from './accessor.js'
import { findProperty, isObjectLike, isWrapped, MAX_CHAIN, propertyLabel } from './define.js'
import type { FoundProperty } from './define.js'
import { createReplacement, describeKind, refuse, refuseDoubleWrap } from './replacement.js'
import type { Wrappable, Wrapper } from './types.js'

type DataRecord = {
  holder: object
  name: PropertyKey
  original: Wrappable
  replacement: Wrappable
  // false when the original was inherited: restoring deletes our own property.
  own: boolean
}

// Keyed by replacement: unwrap recognises our wrappers, and only on the very
// property they were installed on.
const dataRecords = new WeakMap<object, DataRecord>()

/** Wraps `holder[name]`; see `wrap` in wrap.ts for the contract. */
export function wrapProperty(holder: unknown, name: PropertyKey, wrapper: Wrapper<Wrappable>): Wrappable | undefined {
  if (typeof wrapper !== 'function') {
    throw new TypeError(`autowrapt wrap(): the wrapper for ${propertyLabel(name)} must be a function (original, name) => replacement`)
  }
  if (!isObjectLike(holder)) return refuse(name, `the target is ${describeKind(holder)}, not an object`)
  let found: FoundProperty | undefined
  try {
    found = findProperty(holder, name)
  } catch (error) {
    return refuse(name, `looking it up threw ${describeError(error)}`)
  }
  if (found === undefined) return refuse(name, 'the target has no such property')
  if (!('value' in found.descriptor)) return wrapAccessor(holder, name, found, wrapper)
  return wrapDataProperty(holder, name, found, wrapper)
}

function wrapDataProperty(holder: object, name: PropertyKey, found: FoundProperty, wrapper: Wrapper<Wrappable>) {
  const { descriptor, own } = found
  if (own && descriptor.configurable !== true && descriptor.writable !== true) {
    return refuse(name, 'it is read-only (non-configurable and non-writable, e.g. on a frozen object)')
  }
  if (!own && !Reflect.isExtensible(holder)) {
    return refuse(name, 'it is inherited and the target is not extensible (frozen or sealed)')
  }
  // Read through the target, not descriptor.value: a namespace Proxy's get
  // trap is the truth for the live binding.
  let current: unknown
  try {
    current = Reflect.get(holder, name)
  } catch (error) {
    return refuse(name, `reading it threw ${describeError(error)}`)
  }
  if (typeof current !== 'function') return refuse(name, `it is ${describeKind(current)}, not a function`)
  if (isWrapped(current)) return refuseDoubleWrap(name)

  const record = { holder, name, original: current, own } as DataRecord
  const replacement = createReplacement(current as Wrappable, name, wrapper, () => { restoreData(record) })
  if (replacement === undefined) return undefined
  record.replacement = replacement
  const installed: PropertyDescriptor = {
    value: replacement,
    writable: descriptor.writable,
    enumerable: descriptor.enumerable,
    // Our own shadow of an inherited property must stay deletable to unwrap.
    configurable: own ? descriptor.configurable : true,
  }
  if (!install(holder, name, installed)) return undefined
  dataRecords.set(replacement, record)
  if (debugEnabled) debug('wrap', `wrapped ${propertyLabel(name)}`)
  return replacement
}

function install(holder: object, name: PropertyKey, descriptor: PropertyDescriptor): boolean {
  try {
    if (!Reflect.defineProperty(holder, name, descriptor)) {
      refuse(name, 'the target refused the new definition')
      return false
    }
  } catch (error) {
    refuse(name, `defining it threw ${describeError(error)}`)
    return false
  }
  // A Proxy can report success and keep the old value (import-in-the-middle
  // does for names it does not export); say so rather than return a dud.
  if (Reflect.get(holder, name) !== descriptor.value) {
    refuse(name, 'the new value did not take effect (a Proxy target ignored it)')
    return false
  }
  return true
}

function restoreData(record: DataRecord): boolean {
  try {
    return restoreDataOrThrow(record)
  } catch (error) {
    // Reached through __unwrap from shimmer-written code too: never throw there.
    warn(WarningCode.WrapFailed, `could not restore ${propertyLabel(record.name)}: ${describeError(error)}`)
    return false
  }
}

function restoreDataOrThrow(record: DataRecord): boolean {
  const { holder, name } = record
  const now = Reflect.getOwnPropertyDescriptor(holder, name)
  if (now === undefined || !('value' in now) || Reflect.get(holder, name) !== record.replacement) {
    if (debugEnabled) debug('wrap', `${propertyLabel(name)} no longer holds autowrapt's wrapper (wrapped on top or replaced); left alone`)
    return false
  }
  if (!record.own && Reflect.deleteProperty(holder, name)) return true
  // Current flags, not the ones seen at wrap time: someone may have sealed it since.
  const restored = { value: record.original, writable: now.writable, enumerable: now.enumerable, configurable: now.configurable }
  if (Reflect.defineProperty(holder, name, restored)) return true
  warn(WarningCode.WrapFailed, `could not restore ${propertyLabel(name)}: the target refused`)
  return false
}

/** Unwraps `holder[name]`; see `unwrap` in wrap.ts for the contract. */
export function unwrapProperty(holder: unknown, name: PropertyKey): boolean {
  if (!isObjectLike(holder)) {
    if (debugEnabled) debug('wrap', `unwrap ${propertyLabel(name)}: the target is ${describeKind(holder)}; nothing to do`)
    return false
  }
  try {
    const descriptor = Reflect.getOwnPropertyDescriptor(holder, name)
    if (descriptor === undefined) {
      if (debugEnabled) debug('wrap', `unwrap ${propertyLabel(name)}: not an own property; nothing to do`)
      return false
    }
    if (!('value' in descriptor)) return unwrapAccessor(holder, name, descriptor)
    const current: unknown = Reflect.get(holder, name)
    const record = isObjectLike(current) ? dataRecords.get(current) : undefined
    if (record !== undefined && record.holder === holder && record.name === name) return restoreData(record)
    return unwrapForeign(holder, name, current)
  } catch (error) {
    warn(WarningCode.WrapFailed, `could not unwrap ${propertyLabel(name)}: ${describeError(error)}`)
    return false
  }
}

// The property holds something autowrapt did not install there: undo it only
// when it is a plain shimmer wrapper with no autowrapt wrapper underneath.
function unwrapForeign(holder: object, name: PropertyKey, current: unknown): boolean {
  const label = propertyLabel(name)
  if (!isWrapped(current)) {
    if (debugEnabled) debug('wrap', `unwrap ${label}: not wrapped; nothing to do`)
    return false
  }
  const wrapped = current as Wrappable & { __original: unknown; __unwrap: () => void }
  if (dataRecords.has(wrapped)) {
    if (debugEnabled) debug('wrap', `unwrap ${label}: holds an autowrapt wrapper made for another property; left alone`)
    return false
  }
  if (hasOurWrapperBelow(wrapped, holder, name)) {
    if (debugEnabled) debug('wrap', `unwrap ${label}: someone wrapped on top of autowrapt's wrapper; left alone (unwrap theirs first)`)
    return false
  }
  // shimmer's own __unwrap restores only if its wrapper is still in place.
  wrapped.__unwrap()
  return Reflect.get(holder, name) !== current
}

function hasOurWrapperBelow(wrapper: { __original: unknown }, holder: object, name: PropertyKey): boolean {
  let below: unknown = wrapper.__original
  for (let depth = 0; typeof below === 'function' && depth < MAX_CHAIN; depth++) {
    const record = dataRecords.get(below)
    if (record !== undefined && record.holder === holder && record.name === name) return true
    below = (below as { __original?: unknown }).__original
  }
  return false
}
