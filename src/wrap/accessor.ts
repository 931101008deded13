// Wrapping a property defined by a getter. Turning the accessor into a data
// property would freeze a lazily computed value and drop its setter, so the
// accessor stays an accessor: a new getter returns a wrapped version of
// whatever the original getter returns, made once per underlying function.
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'
import { NO_ARGS, propertyLabel } from './define.js'
import type { FoundProperty } from './define.js'
import { addLayer, isOurs, markOurs } from './layers.js'
import type { Layer, MadeWrapper, MakeWrapper } from './layers.js'
import { describeKind, refuse, refuseDoubleWrap } from './replacement.js'
import type { Wrappable } from './types.js'

export function wrapAccessor(holder: object, name: PropertyKey, found: FoundProperty, make: MakeWrapper): Wrappable | undefined {
  const { descriptor, own } = found
  const originalGet = descriptor.get
  if (typeof originalGet !== 'function') return refuse(name, 'it is an accessor without a getter')
  if (own ? descriptor.configurable !== true : !Reflect.isExtensible(holder)) {
    return refuse(
      name,
      own
        ? 'it is a non-configurable accessor, so its getter cannot be replaced'
        : 'it is an inherited accessor and the target is not extensible (frozen or sealed)',
    )
  }
  let current: unknown
  try {
    current = Reflect.get(holder, name)
  } catch (error) {
    return refuse(name, `its getter threw ${describeError(error)}`)
  }
  if (typeof current !== 'function') return refuse(name, `its getter returns ${describeKind(current)}, not a function`)
  if (isOurs(current)) return refuseDoubleWrap(name)

  const values = createValueWrapper(name, make)
  const first = values.wrapValue(current)
  if (first === current) return undefined // the factory declined; it has warned
  const get = function get(this: unknown) {
    return values.wrapValue(Reflect.apply(originalGet, this, NO_ARGS))
  }
  const installed: PropertyDescriptor = {
    get,
    set: descriptor.set,
    enumerable: descriptor.enumerable,
    configurable: own ? descriptor.configurable : true,
  }
  try {
    if (!Reflect.defineProperty(holder, name, installed)) return refuse(name, 'the target refused the new getter')
  } catch (error) {
    return refuse(name, `redefining the accessor threw ${describeError(error)}`)
  }
  addLayer(accessorLayer(holder, name, descriptor, own, get, values.bypass))
  if (debugEnabled) debug('wrap', `wrapped accessor ${propertyLabel(name)}`)
  return first as Wrappable
}

// Memoised per underlying function, so `obj.fn === obj.fn` still holds and the
// factory runs once per value, not once per read. A value the factory declined
// is remembered too, so a getter read in a loop warns once.
function createValueWrapper(name: PropertyKey, make: MakeWrapper) {
  const made = new WeakMap<object, unknown>()
  const produced = new WeakSet<object>()
  const bypasses: MadeWrapper['bypass'][] = []
  let bypassed = false
  function wrapValue(value: unknown): unknown {
    // A wrapper we made can come back through the setter (`obj.fn = obj.fn`).
    if (bypassed || typeof value !== 'function' || produced.has(value)) return value
    let replacement = made.get(value)
    if (replacement === undefined) {
      const wrapper = make(value as Wrappable, name)
      replacement = wrapper?.replacement ?? value
      made.set(value, replacement)
      if (wrapper !== undefined) {
        produced.add(wrapper.replacement)
        markOurs(wrapper.replacement)
        bypasses.push(wrapper.bypass)
      }
    }
    return replacement
  }
  // Values already handed out become pass-throughs; new reads get the raw value.
  function bypass() {
    bypassed = true
    for (const each of bypasses) each()
  }
  return { wrapValue, bypass }
}

function accessorLayer(
  holder: object,
  name: PropertyKey,
  previous: PropertyDescriptor,
  own: boolean,
  get: () => unknown,
  bypass: () => void,
): Layer {
  const getterNow = () => Reflect.getOwnPropertyDescriptor(holder, name)?.get
  return {
    holder,
    name,
    isOnTop: () => getterNow() === get,
    isGone: () => (own ? getterNow() === previous.get : Reflect.getOwnPropertyDescriptor(holder, name) === undefined),
    restore: () => restoreAccessor(holder, name, previous, own),
    bypass,
  }
}

function restoreAccessor(holder: object, name: PropertyKey, previous: PropertyDescriptor, own: boolean): boolean {
  try {
    const restored = own ? Reflect.defineProperty(holder, name, previous) : Reflect.deleteProperty(holder, name)
    if (restored) return true
    warn(WarningCode.WrapFailed, `could not restore accessor ${propertyLabel(name)}: the target refused`)
  } catch (error) {
    warn(WarningCode.WrapFailed, `could not restore accessor ${propertyLabel(name)}: ${describeError(error)}`)
  }
  return false
}
