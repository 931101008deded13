// The names of the packages installed where a lookup from some directories
// would find them, for a "did you mean" on a mistyped package name. Read only
// when a name was not found, never on the way to a hook.
import { readdirSync } from 'node:fs'
import { closest } from './did-you-mean.js'
import { nodeModulesPaths } from './package-info.js'

function entries(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Every package name in the node_modules folders a lookup from `bases` visits (scoped ones included). */
export function installedPackageNames(bases: readonly string[]): string[] {
  const names = new Set<string>()
  for (const modules of new Set(bases.flatMap(nodeModulesPaths))) {
    for (const name of entries(modules)) {
      if (name.startsWith('.')) continue
      if (!name.startsWith('@')) names.add(name)
      else for (const scoped of entries(`${modules}/${name}`)) names.add(`${name}/${scoped}`)
    }
  }
  return [...names]
}

/** `; did you mean "yaml"?` for a package name nothing installed answers to, or ''. */
export function packageNameHint(name: string, bases: readonly string[], more: readonly string[] = []): string {
  const near = closest(name, [...installedPackageNames(bases), ...more])
  return near === undefined ? '' : `; did you mean "${near}"?`
}
