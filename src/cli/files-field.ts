// Whether npm would publish a file, judged from package.json `files` alone.
// Simplified npm semantics: an entry names the file itself, a directory that
// contains it, or a glob with `*`, `**` and `?`; a `!` entry excludes; the last
// entry that matches decides. No `files` field means everything is published.
// (.npmignore and npm's always-excluded files are not considered.)

export type FilesCoverage = { readonly covers: (file: string) => boolean; readonly problem: string | undefined }

function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more directories, a trailing `**` anything.
      const slash = glob[i + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** The file and each directory above it: `a/b/c.js` → `a`, `a/b`, `a/b/c.js`. */
function selfAndParents(file: string): string[] {
  const parts = file.split('/')
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'))
}

function entryMatcher(entry: string): (file: string) => boolean {
  const pattern = entry.replace(/^(\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '')
  if (pattern === '' || pattern === '.') return () => true
  if (/[*?]/.test(pattern)) {
    const re = globToRegExp(pattern)
    return (file) => selfAndParents(file).some((p) => re.test(p))
  }
  return (file) => file === pattern || file.startsWith(`${pattern}/`)
}

/** Reads a `files` field; `problem` is set when the field is malformed (then everything counts as covered). */
export function filesCoverage(files: unknown): FilesCoverage {
  if (files === undefined) return { covers: () => true, problem: undefined }
  if (!Array.isArray(files) || files.some((f) => typeof f !== 'string')) {
    return { covers: () => true, problem: 'must be an array of file, directory or glob strings' }
  }
  const rules = (files as string[]).map((entry) => {
    const negated = entry.startsWith('!')
    return { negated, matches: entryMatcher(negated ? entry.slice(1) : entry) }
  })
  return {
    covers: (file) => {
      let covered = false
      for (const rule of rules) if (rule.matches(file)) covered = !rule.negated
      return covered
    },
    problem: undefined,
  }
}
