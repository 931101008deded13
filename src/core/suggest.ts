// "Did you mean ...?" for an AUTOWRAPT_BOOTSTRAP name that matched nothing:
// the installed patch packages (packages whose package.json has an `autowrapt`
// field, in the node_modules folders the name was looked up in) and their
// groups. Runs only on that error path, so reading package.json files is fine.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { nodeModulesPaths } from './package-info.js'

/** Levenshtein distance: edits to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

// Not package-info's cached reader: this scans every installed package once,
// and keeping all of them parsed for the life of the application would cost memory.
function readPatchPackageJson(dir: string): { name?: unknown; autowrapt?: unknown } | undefined {
  try {
    const text = readFileSync(join(dir, 'package.json'), 'utf8')
    return text.includes('"autowrapt"') ? (JSON.parse(text) as { name?: unknown; autowrapt?: unknown }) : undefined
  } catch {
    return undefined
  }
}

function packageDirs(modules: string): string[] {
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
        const groups = (field as { groups?: unknown }).groups
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

/** The candidates closest to `name` (at most three), nearest first; empty when none is close. */
export function closestNames(name: string, candidates: readonly string[]): string[] {
  const limit = Math.max(1, Math.floor(name.length / 4))
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((c) => c.candidate)
}

/** `; did you mean "a" or "b"?` for an unknown name, or ''. */
export function didYouMean(name: string, bases: readonly string[], dependencies: readonly string[]): string {
  const close = closestNames(name, bootstrapCandidates(bases, dependencies))
  if (close.length === 0) return ''
  const quoted = close.map((c) => `"${c}"`)
  return `; did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?`
}
