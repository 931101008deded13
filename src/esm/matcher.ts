// Which ESM modules import-in-the-middle may wrap: only hook targets. Used on
// the application thread (sync hooks) and on the loader thread (module.register),
// so it is plain data in, a predicate out. The predicate runs on every module
// resolution: two Set lookups and one string search, no path parsing.
import type { Target } from '../core/targets.js'

export type MatcherData = { specifiers: string[]; files: string[] }

const NODE_MODULES = '/node_modules/'

export function matcherDataFor(targets: readonly Target[]): MatcherData {
  const data: MatcherData = { specifiers: [], files: [] }
  for (const target of targets) {
    if (target.kind === 'builtin') continue
    data.specifiers.push(target.name)
    if (target.kind === 'file') data.files.push(target.name)
  }
  return data
}

// Another import-in-the-middle copy ahead of autowrapt in the chain hands over
// its wrapper URL (`?iitm=true`) where the module's own URL is expected.
function pathPart(urlTail: string): string {
  const query = urlTail.indexOf('?')
  return query === -1 ? urlTail : urlTail.slice(0, query)
}

export function createMatcher(initial: MatcherData) {
  const specifiers = new Set(initial.specifiers)
  const files = new Set(initial.files)
  return {
    add(data: MatcherData): void {
      for (const s of data.specifiers) specifiers.add(s)
      for (const f of data.files) files.add(f)
    },
    /** `import 'pkg'` (or a deep specifier naming a target), or a target file reached by any path. */
    shouldInclude(url: string, specifier: string): boolean {
      if (specifiers.has(specifier)) return true
      if (files.size === 0) return false
      const at = url.lastIndexOf(NODE_MODULES)
      return at !== -1 && files.has(pathPart(url.slice(at + NODE_MODULES.length)))
    },
    /** The target names a module matches, for the application-thread callback. */
    matches(url: string, specifier: string | undefined): string[] {
      const names: string[] = []
      if (specifier !== undefined && specifiers.has(specifier)) names.push(specifier)
      const at = url.lastIndexOf(NODE_MODULES)
      if (at !== -1) {
        const file = pathPart(url.slice(at + NODE_MODULES.length))
        if (files.has(file) && !names.includes(file)) names.push(file)
      }
      return names
    },
  }
}
