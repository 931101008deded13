// Whether a module may read a binding it imports from a given specifier while
// it evaluates, i.e. outside any braces (function bodies, blocks, object
// literals). Inside an import cycle through a target, only such a read meets
// the wrapper's bindings before they are initialised (import-graph.ts); a
// module that reads them only from functions called later is safe with the
// wrapper, and keeps seeing what hooks rebind. A module that passes them on
// (a re-export) counts as reading them: its importers may. A lexical approximation: a
// brace-less arrow function at top level counts as a read (safe side); a read
// inside a top-level object literal or class static block is not seen.
import { parse } from './lexer.js'

type Import = { type: string; specifier?: string | null; importStart: number; importEnd: number }

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** The local names an import statement binds (`import a, { b as c } from`, `import * as ns from`). */
function localNames(statement: string): string[] {
  const clause = /^import\s+([\s\S]*?)\s+from\s*['"]/.exec(statement)?.[1]
  if (clause === undefined) return []
  const names: string[] = []
  const braces = /\{([\s\S]*)\}/.exec(clause)
  for (const part of (braces?.[1] ?? '').split(',')) {
    const local = part
      .trim()
      .split(/\s+as\s+/)
      .pop()
      ?.trim()
    if (local && IDENTIFIER.test(local)) names.push(local)
  }
  for (const part of clause.replace(/\{[\s\S]*\}/, '').split(',')) {
    const local = part.trim().replace(/^\*\s*as\s+/, '')
    if (IDENTIFIER.test(local)) names.push(local)
  }
  return names
}

/**
 * Template text from `from` up to its closing backtick, or up to the `{` of a
 * `${` substitution, whose expression is code (a top-level `${a()}` is a read).
 */
function templateText(source: string, from: number): { end: number; substitution: boolean } {
  for (let j = from; j < source.length; j++) {
    if (source[j] === '\\') j++
    else if (source[j] === '`') return { end: j, substitution: false }
    else if (source[j] === '$' && source[j + 1] === '{') return { end: j + 1, substitution: true }
  }
  return { end: source.length, substitution: false }
}

/** The source with comments, strings, template text and everything inside braces blanked, so only top-level code is left. */
function topLevelCode(source: string): string {
  let out = ''
  let depth = 0
  // The brace depth at which each open `${` substitution started: its `}` resumes the template.
  const substitutions: number[] = []
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    const next = source[i + 1]
    if (c === '/' && next === '/') {
      i = source.indexOf('\n', i)
      if (i === -1) break
      out += '\n'
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2)
      if (end === -1) break
      i = end + 1
      out += ' '
    } else if (c === '"' || c === "'") {
      let j = i + 1
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1
      i = j
      out += ' '
    } else if (c === '`' || (c === '}' && substitutions.at(-1) === depth)) {
      if (c === '}') substitutions.pop()
      const text = templateText(source, i + 1)
      if (text.substitution) substitutions.push(depth)
      i = text.end
      out += ' '
    } else if (c === '{') {
      depth++
    } else if (c === '}') {
      depth = Math.max(0, depth - 1)
    } else if (depth === 0) {
      out += c
    }
  }
  return out
}

type Export = { type: string; from?: string | null }

export function readsAtTopLevel(source: string, specifier: string): boolean {
  let imports: Import[]
  let exports: Export[]
  try {
    const parsed = parse(source)
    imports = parsed[0] as unknown as Import[]
    exports = parsed[1] as unknown as Export[]
  } catch {
    return true // cannot tell: the safe answer
  }
  // A module that passes the target's bindings on by name (`export { a } from`,
  // or `export { a }` of an imported `a`) hands its importers the wrapper's
  // bindings, which they may read at top level: a read too. `export *` is
  // reexportsAll's: inside an `export *` cycle import-in-the-middle stages them.
  if (exports.some((e) => e.type === 'reexport' && e.from === specifier)) return true
  const names = new Set<string>()
  let rest = source
  for (const entry of imports) {
    if (entry.type !== 'static' || entry.importEnd <= entry.importStart) continue
    const statement = source.slice(entry.importStart, entry.importEnd)
    if (entry.specifier === specifier) for (const name of localNames(statement)) names.add(name)
    // Blank every import statement, keeping offsets, so its names do not count as reads.
    rest = rest.slice(0, entry.importStart) + ' '.repeat(statement.length) + rest.slice(entry.importEnd)
  }
  if (names.size === 0) return false
  const code = topLevelCode(rest)
  for (const name of names) {
    if (new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code)) return true
  }
  return false
}

/** Whether the module re-exports everything of the specifier (`export * from`). */
export function reexportsAll(source: string, specifier: string): boolean {
  try {
    return (parse(source)[1] as unknown as Export[]).some((e) => e.type === 'reexport-all' && e.from === specifier)
  } catch {
    return true // cannot tell: the safe answer
  }
}
