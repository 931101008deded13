// Wrapper factories shared by the wrap-*.test.ts files.
type AnyFunction = (...args: any[]) => any

/** A shimmer-style factory whose replacement only calls the original. */
export const passThrough = (original: AnyFunction) => function (this: unknown, ...args: any[]) {
  return original.apply(this, args)
}

/** A factory whose replacement records each call's arguments in `calls`. */
export function recording(calls: unknown[]) {
  return (original: AnyFunction) => function (this: unknown, ...args: any[]) {
    calls.push(args)
    return original.apply(this, args)
  }
}

/** A factory whose replacement pushes `label` to `calls` on each call. */
export function counting(calls: string[], label: string) {
  return (original: AnyFunction) => function (this: unknown, ...args: any[]) {
    calls.push(label)
    return original.apply(this, args)
  }
}
