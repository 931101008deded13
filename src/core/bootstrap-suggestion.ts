// "Did you mean ...?" for an AUTOWRAPT_BOOTSTRAP name that matched nothing: the
// candidates are the installed patch packages (packages whose package.json has an
// `autowrapt` field, in the node_modules folders the name was looked up in), their
// `package:group`s and dependency groups. Only on that error path: reading is fine.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { closest } from './did-you-mean.js'
import { nodeModulesPaths, parsePackageJson } from './package-info.js'

// Not package-info's cached reader: this scans every installed package once,
// and keeping all of them parsed for the life of the application would cost memory.
function readPatchPackageJson(dir: string): { name?: unknown; autowrapt?: unknown } | undefined {
  try {
    const text = readFileSync(join(dir, 'package.json'), 'utf8')
    return text.includes('"autowrapt"') ? parsePackageJson(text) : undefined
  } catch {
    return undefined
  }
}

/** Every package folder in one node_modules folder (scoped ones included). */
export function packageDirs(modules: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(modules)
  } catch {
    return []
  }
  const dirs: string[] = []
  for (const entry of entries) {
    if (entry.startsWith('.')) continue
    if (!entry.startsWith('@')) {
      dirs.push(join(modules, entry))
      continue
    }
    try {
      for (const scoped of readdirSync(join(modules, entry))) dirs.push(join(modules, entry, scoped))
    } catch {
      // an unreadable scope folder has no candidates
    }
  }
  return dirs
}

/**
 * Every name AUTOWRAPT_BOOTSTRAP could use here: patch packages, `package:group`,
 * and bare group names of the application's dependencies (`dependencies`: only
 * those are searched for a bare group name).
 */
export function bootstrapCandidates(bases: readonly string[], dependencies: readonly string[]): string[] {
  const names = new Set<string>()
  for (const base of bases) {
    for (const modules of nodeModulesPaths(base)) {
      for (const dir of packageDirs(modules)) {
        const json = readPatchPackageJson(dir)
        const field = json?.autowrapt
        if (typeof json?.name !== 'string' || typeof field !== 'object' || field === null) continue
        names.add(json.name)
        const groups: unknown = Object.hasOwn(field, 'groups') ? (field as { groups?: unknown }).groups : undefined
        if (typeof groups !== 'object' || groups === null) continue
        for (const group of Object.keys(groups)) {
          names.add(`${json.name}:${group}`)
          if (dependencies.includes(json.name)) names.add(group)
        }
      }
    }
  }
  return [...names]
}

/** `; did you mean "x"?` for an unknown name, or ''. */
export function didYouMean(name: string, bases: readonly string[], dependencies: readonly string[]): string {
  const suggestion = closest(name, bootstrapCandidates(bases, dependencies))
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`
}
