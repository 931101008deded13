// Wrapping and unwrapping one property. The property keeps its enumerability,
// writability and configurability, so patched modules look unpatched to code
// that inspects them. Other tools' layers are left exactly where they are:
// autowrapt wraps on top of them, and unwrap takes out only its own layer.
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { wrapAccessor } from './accessor.js'
import { findProperty, isObjectLike, propertyLabel } from './define.js'
import type { FoundProperty } from './define.js'
import { addLayer, findLayer, forgetLayer, isOurs, markOurs } from './layers.js'
import type { Layer, MadeWrapper, MakeWrapper } from './layers.js'
import { describeKind, refuse, refuseDoubleWrap } from './replacement.js'
import type { Wrappable } from './types.js'

/** Wraps `holder[name]`; see `wrap` in wrap.ts for the contract. */
export function wrapProperty(holder: unknown, name: PropertyKey, make: MakeWrapper): Wrappable | undefined {
  if (!isObjectLike(holder)) return refuse(name, `the target is ${describeKind(holder)}, not an object`)
  let found: FoundProperty | undefined
  try {
    found = findProperty(holder, name)
  } catch (error) {
    return refuse(name, `looking it up threw ${describeError(error)}`)
  }
  if (found === undefined) return refuse(name, 'the target has no such property')
  // Our own layer, even under another tool's: wrapping again would run the patch twice.
  if (findLayer(holder, name) !== undefined) return refuseDoubleWrap(name)
  if (!('value' in found.descriptor)) return wrapAccessor(holder, name, found, make)
  return wrapDataProperty(holder, name, found, make)
}

function wrapDataProperty(holder: object, name: PropertyKey, found: FoundProperty, make: MakeWrapper) {
  const { descriptor, own } = found
  if (own && descriptor.configurable !== true && descriptor.writable !== true) {
    return refuse(name, 'it is read-only (non-configurable and non-writable, e.g. on a frozen object)')
  }
  if (!own && !Reflect.isExtensible(holder)) {
    return refuse(name, 'it is inherited and the target is not extensible (frozen or sealed)')
  }
  // Read through the holder, not descriptor.value: a namespace Proxy's get
  // trap is the truth for the live binding.
  let current: unknown
  try {
    current = Reflect.get(holder, name)
  } catch (error) {
    return refuse(name, `reading it threw ${describeError(error)}`)
  }
  if (typeof current !== 'function') return refuse(name, `it is ${describeKind(current)}, not a function`)
  // A copy of one of our wrappers (the same function reached another way).
  if (isOurs(current)) return refuseDoubleWrap(name)

  const original = current as Wrappable
  const made = make(original, name)
  if (made === undefined) return undefined
  const { replacement } = made
  const installed: PropertyDescriptor = {
    value: replacement,
    writable: descriptor.writable,
    enumerable: descriptor.enumerable,
    // Our own shadow of an inherited property must stay deletable to unwrap.
    configurable: own ? descriptor.configurable : true,
  }
  if (!install(holder, name, installed)) return undefined
  markOurs(replacement)
  addLayer(dataLayer(holder, name, original, made, own))
  if (debugEnabled) debug('wrap', `wrapped ${propertyLabel(name)}`)
  return replacement
}

function dataLayer(holder: object, name: PropertyKey, original: Wrappable, made: MadeWrapper, own: boolean): Layer {
  const holds = (value: unknown) => {
    const now = Reflect.getOwnPropertyDescriptor(holder, name)
    return now !== undefined && 'value' in now && Reflect.get(holder, name) === value
  }
  return {
    holder,
    name,
    isOnTop: () => holds(made.replacement),
    isGone: () => Reflect.get(holder, name) === original,
    restore: () => restoreData(holder, name, original, own),
    bypass: made.bypass,
  }
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

function restoreData(holder: object, name: PropertyKey, original: Wrappable, own: boolean): boolean {
  const now = Reflect.getOwnPropertyDescriptor(holder, name)
  if (now === undefined) return false
  if (!own && Reflect.deleteProperty(holder, name)) return true
  // Current flags, not the ones seen at wrap time: someone may have sealed it since.
  const restored = { value: original, writable: now.writable, enumerable: now.enumerable, configurable: now.configurable }
  if (Reflect.defineProperty(holder, name, restored)) return true
  warn(WarningCode.WrapFailed, `could not restore ${propertyLabel(name)}: the target refused`)
  return false
}

/** Unwraps `holder[name]`; see `unwrap` in wrap.ts for the contract. */
export function unwrapProperty(holder: unknown, name: PropertyKey): boolean {
  const label = propertyLabel(name)
  if (!isObjectLike(holder)) {
    if (debugEnabled) debug('wrap', `unwrap ${label}: the holder is ${describeKind(holder)}; nothing to do`)
    return false
  }
  try {
    const layer = findLayer(holder, name)
    if (layer === undefined) {
      if (debugEnabled)
        debug('wrap', `unwrap ${label}: autowrapt has not wrapped it; nothing to do (other tools' wrappers are theirs to remove)`)
      return false
    }
    forgetLayer(layer)
    if (layer.isOnTop()) return layer.restore()
    // Another tool wrapped on top and holds a reference to our layer: taking
    // it out would drop theirs, so ours stops doing anything instead.
    layer.bypass()
    if (debugEnabled)
      debug('wrap', `unwrap ${label}: another wrapper sits on top of autowrapt's; autowrapt's layer is now a pass-through and theirs stays`)
    return true
  } catch (error) {
    warn(WarningCode.WrapFailed, `could not unwrap ${label}: ${describeError(error)}`)
    return false
  }
}
