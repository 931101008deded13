// Public types shared by the registry, the adapters and the API.

export type ModuleFormat = 'commonjs' | 'module' | 'builtin'

/** What a hook learns about the module instance it is applied to. */
export type ModuleInfo = {
  /** The target name: `express`, `mysql2/lib/connection.js`, `http`. */
  readonly name: string
  /** The `version` of the package the module belongs to, when known. */
  readonly version?: string
  /** Root directory of that package, when known. */
  readonly baseDir?: string
  /** Absolute path of the module file, when known. */
  readonly filename?: string
  readonly format: ModuleFormat
  /**
   * Set when the module is inside a bundle built with an autowrapt plugin: its
   * file at build time, relative to the build's directory (`filename` is then unset).
   */
  readonly bundled?: string
}

/**
 * A post-import hook. It receives the module's exports (a CommonJS
 * `module.exports`, an ESM namespace, or a builtin module object) and may patch
 * them in place. A returned value other than `undefined` replaces
 * `module.exports` (CommonJS) or the default export (ESM).
 */
// `any` by default: a hook for an untyped module must not need a cast to patch it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PostImportHook<T = any> = (exports: T, info: ModuleInfo) => unknown
