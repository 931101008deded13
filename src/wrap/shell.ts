// The function `wrap` installs around a factory's replacement. Another tool may
// wrap on top of autowrapt's layer and keep a direct reference to it; the only
// way to take our layer out from under theirs is for that layer to stop doing
// anything, so every `wrap` layer is this thin shell with a switch: it calls
// the factory's replacement until bypassed, then the original.
import { copyFunctionMetadata, copyOwnProperties } from './define.js'
import type { MadeWrapper } from './layers.js'
import type { AnyFunction, Wrappable } from './types.js'

const functionApply = Function.prototype.apply

/**
 * Wraps `replacement` in a shell that looks like `original` (name, length,
 * own properties, `prototype`, [[Prototype]]), carries the properties the
 * factory set on `replacement`, and has `replacement`'s constructibility.
 */
export function createShell(original: Wrappable, replacement: Wrappable, constructible: boolean): MadeWrapper {
  // Calls go through `callTarget.apply(this, arguments)`: the one form V8
  // inlines without materialising anything, and only while callTarget keeps
  // Function.prototype.apply and fast properties. Rest parameters or
  // Reflect.apply measured 8-10x a closure (Node 20, benchmarks/wrap-call.mjs).
  let callTarget = hasPlainApply(replacement) ? (replacement as AnyFunction) : forwarder(replacement)
  let constructTarget = replacement as AnyFunction
  const bypass = () => {
    callTarget = forwarder(original)
    constructTarget = original as AnyFunction
  }
  /* eslint-disable prefer-rest-params */
  let shell: Wrappable
  if (constructible) {
    const shellFunction = function (this: unknown) {
      if (new.target !== undefined) {
        // `new Shell()` builds what `new Replacement()` (or, bypassed, `new Original()`) builds.
        return Reflect.construct(constructTarget, arguments, new.target === shellFunction ? constructTarget : new.target)
      }
      return callTarget.apply(this, arguments as unknown as any[])
    }
    shell = shellFunction
  } else {
    // Method syntax: not constructible and no own `prototype`, like the arrow,
    // method, async or generator function it stands in for.
    shell = {
      wrapper(this: unknown) {
        return callTarget.apply(this, arguments as unknown as any[])
      },
    }.wrapper
  }
  /* eslint-enable prefer-rest-params */
  copyOwnProperties(replacement, shell)
  copyFunctionMetadata(original, shell)
  return { replacement: shell, bypass }
}

function hasPlainApply(fn: Wrappable): boolean {
  try {
    return (fn as AnyFunction).apply === functionApply
  } catch {
    return false
  }
}

// A function with Function.prototype.apply that calls `target` exactly as the
// shell was called; for targets whose own `apply` cannot be trusted (a class
// with a static `apply`, a Proxy) and for a bypassed layer.
function forwarder(target: Wrappable): AnyFunction {
  return function (this: unknown, ...args: any[]) {
    return Reflect.apply(target as AnyFunction, this, args)
  }
}
