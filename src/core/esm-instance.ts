// One ES module is one instance, however it is reached. `import` gets
// import-in-the-middle's wrapper over the module; `require(esm)` gets Node's
// real namespace of the same module, which is frozen. Both are the same module
// record in Node's ESM cache (keyed by URL), so the registry must see one key
// for both: the hook fires once, and neither path mistakes the other for a
// module loaded before its hook (AUTOWRAPT_ALREADY_LOADED).
//
// What each path hands out:
// - import: the wrapper's namespace; a hook's assignment rebinds the export for
//   every importer.
// - require(esm) after an import: the same wrapper namespace object the hook
//   patched (import-in-the-middle's proxy, which reads and writes the wrapper's
//   bindings), so both see every change.
// - require(esm) before any import: a view over the real namespace that the
//   hook patches (reads stay live until a key is assigned). When the module is
//   imported later, the view's changes are written into the wrapper and the
//   view then reads and writes the wrapper: one set of bindings from then on.
export type Namespace = Record<string, unknown>

export type EsmInstance = {
  /** The registry key of this module instance. */
  readonly key: object
  /** What require() callers hold when require(esm) came before any import. */
  view?: Namespace
  /** Node's real namespace behind `view`. */
  real?: object
  /** import-in-the-middle's namespace of the wrapper, once the module was imported. */
  wrapper?: Namespace
}

const instances = new Map<string, EsmInstance>()

/** The instance of the ES module at `url` (a `file:` URL without query). */
export function esmInstance(url: string): EsmInstance {
  let instance = instances.get(url)
  if (instance === undefined) instances.set(url, (instance = { key: {} }))
  return instance
}

/**
 * A mutable, module-like view over `source`: each export reads `source` live
 * (so `export let` keeps working) until it is assigned, which turns it into a
 * plain value. Configurable accessors, so the wrapping toolkit can wrap them.
 */
export function createLiveView(source: object, moduleLike = true): Namespace {
  const view = Object.create(moduleLike ? null : Object.getPrototypeOf(source)) as Namespace
  for (const key of Object.getOwnPropertyNames(source)) delegate(view, key, source)
  if (moduleLike) Object.defineProperty(view, Symbol.toStringTag, { value: 'Module' })
  return view
}

function delegate(view: Namespace, key: string, source: object): void {
  Object.defineProperty(view, key, {
    get: () => (source as Namespace)[key],
    set(value: unknown) {
      Object.defineProperty(view, key, { value, writable: true, enumerable: true, configurable: true })
    },
    enumerable: true,
    configurable: true,
  })
}

/**
 * The module was imported after a require(esm) view was patched: write what
 * the hook changed into the wrapper, then make the view read and write the
 * wrapper, so require() and import callers share one set of bindings.
 */
export function bindViewToWrapper(view: Namespace, real: object, wrapper: Namespace): void {
  for (const key of Object.getOwnPropertyNames(view)) {
    let value: unknown
    try {
      value = view[key]
    } catch {
      continue // an export still in its temporal dead zone
    }
    if (value !== (real as Namespace)[key] && key in wrapper) {
      try {
        wrapper[key] = value
      } catch {
        // A binding import-in-the-middle cannot set: the wrapper keeps the original.
      }
    }
    Object.defineProperty(view, key, {
      get: () => wrapper[key],
      set(next: unknown) {
        wrapper[key] = next
      },
      enumerable: true,
      configurable: true,
    })
  }
}
