// Modules autowrapt loads for itself from files (import-in-the-middle and its
// lexers, es-module-lexer, the code transformer, require-in-the-middle with its
// `debug`, semver's Range). They sit in require.cache like application
// modules, but the application never loaded them, so the "loaded before its
// hook" scan must not mistake them for late targets.
const own = new Set<string>()

/** Requires one of autowrapt's own dependencies, remembering every file it pulled in. */
export function requireOwn<T>(id: string): T {
  const before = new Set(Object.keys(require.cache))
  const loaded = require(id) as T
  for (const filename of Object.keys(require.cache)) if (!before.has(filename)) own.add(filename)
  return loaded
}

export function isOwnModule(filename: string): boolean {
  return own.has(filename)
}
