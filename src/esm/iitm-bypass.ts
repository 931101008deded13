// In-thread path, once import-in-the-middle is loaded: which resolutions and
// loads it must see. For any other module its hooks only call Node's own
// (nextResolve/nextLoad) and return the result unchanged, so autowrapt hands
// those straight to Node: an application of 2,000 modules with a few targets
// then pays for import-in-the-middle on the targets, not on every module.
//
// What import-in-the-middle 3.x does beyond passing through (create-hook.mjs):
// - resolve: it builds a wrapper URL (`?iitm=true`) for a module its include
//   predicate accepts; it maps its own URLs (`?iitm=...` specifiers, the
//   wrapper's imports, whose parent URL carries `?iitm`); on Windows it
//   rewrites one kind of parent URL. Every other resolution returns as is.
// - load: it builds wrappers (`?iitm` URLs); it strips the source of CommonJS
//   modules it wrapped and of their children, all of which its include
//   predicate accepted; and it appends imports of cycle bindings to the
//   modules that close an `export *` cycle through a wrapped target
//   (import-in-the-middle#291). Those are known only to it, so once a wrapper
//   announces such bindings, every later load goes through it again.
// test/integration/upstream-contracts.test.ts holds import-in-the-middle to
// this; the cycle and coexistence tests cover each case end to end.

const windows = process.platform === 'win32'
const CYCLE_BINDINGS = 'iitm=bindings'

/**
 * Whether import-in-the-middle must see this resolution: true or false, or
 * undefined when that is for its include predicate to say (asked only then,
 * by the caller, so that no closure is made per resolution).
 */
export function resolveNeedsIitm(specifier: string, parentURL: string | undefined, resolvedUrl: string): boolean | undefined {
  if (windows || specifier.includes('?') || resolvedUrl.includes('?')) return true
  // The entry point is never wrapped, as before import-in-the-middle loads.
  if (!parentURL) return false
  return parentURL.includes('?') || undefined
}

/** Tracks whether import-in-the-middle has cycle bindings to add to modules it alone knows. */
export function createCycleBindingsWatch() {
  let announced = false
  return {
    /** Called with each wrapper import-in-the-middle builds; true when this one announces the first bindings. */
    sawWrapper(source: unknown): boolean {
      if (announced || typeof source !== 'string' || !source.includes(CYCLE_BINDINGS)) return false
      announced = true
      return true
    },
    /** Whether every load must now go through import-in-the-middle. */
    get announced(): boolean {
      return announced
    },
  }
}
