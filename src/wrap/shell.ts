// The function `wrap` installs around a factory's replacement. Another tool may
// wrap on top of autowrapt's layer and keep a direct reference to it; the only
// way to take our layer out from under theirs is for that layer to stop doing
// anything, so every `wrap` layer is this thin shell with a switch: it calls
// the factory's replacement until bypassed, then the original.
import { copyFunctionMetadata } from './define.js'
import type { MadeWrapper } from './layers.js'
import type { AnyFunction, Wrappable } from './types.js'

/**
 * Wraps `replacement` (already dressed as `original`) in a shell that looks
 * the same: name, length, own properties, `prototype`, [[Prototype]], and the
 * replacement's constructibility.
 */
export function createShell(original: Wrappable, replacement: Wrappable, constructible: boolean): MadeWrapper {
  // One mutable binding read per call: switching costs nothing until it is used.
  let current = replacement as AnyFunction
  const bypass = () => { current = original as AnyFunction }
  // `current.apply(this, arguments)` is the form V8 optimises without
  // materialising anything; rest parameters passed on with Reflect.apply made
  // a pass-through shell about ten times slower than a closure (measured,
  // Node 20, benchmarks/wrap-call.mjs).
  /* eslint-disable prefer-rest-params */
  let shell: Wrappable
  if (constructible) {
    const shellFunction = function (this: unknown) {
      if (new.target !== undefined) {
        // `new Shell()` builds what `new Replacement()` (or, bypassed, `new Original()`) builds.
        return Reflect.construct(current, arguments, new.target === shellFunction ? current : new.target)
      }
      return current.apply(this, arguments as unknown as any[])
    }
    shell = shellFunction
  } else {
    // Method syntax: not constructible and no own `prototype`, like the arrow,
    // method, async or generator function it stands in for.
    shell = {
      wrapper(this: unknown) {
        return current.apply(this, arguments as unknown as any[])
      },
    }.wrapper
  }
  /* eslint-enable prefer-rest-params */
  copyFunctionMetadata(replacement, shell)
  return { replacement: shell, bypass }
}
