// autowrapt's own package directory (where register.cjs and loader.mjs live).
// The runtime is bundled into dist/runtime.js while tsc's per-file output also
// stays in dist/<folder>/, so a fixed `__dirname/../..` would be right for one
// of them only: walk up to the directory that holds loader.mjs instead.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

let root: string | undefined

/** Absolute path of a file at the root of the autowrapt package. */
export function ownPackageFile(name: string): string {
  if (root === undefined) {
    let dir = __dirname
    while (!existsSync(join(dir, 'loader.mjs')) && dirname(dir) !== dir) dir = dirname(dir)
    root = dir
  }
  return join(root, name)
}
