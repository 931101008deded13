// Which exports of an ES module a hook can reassign in a bundle: those whose
// local binding is a `let`, `var`, `function` or `class`. Imports and `const`
// cannot be assigned (a bundler refuses the build), so when in doubt an export
// is left read-only: a hook assigning it then fails with a warning, never the build.
import type * as Lexer from 'es-module-lexer'
import { requireOwn } from '../core/own-modules.js'

let lexer: typeof Lexer | undefined

const escape = (name: string) => name.replace(/\$/g, '\\$')

function isAssignable(source: string, local: string): boolean {
  const name = escape(local)
  if (new RegExp(`\\bconst\\s[^;=]*(?<![\\w$])${name}(?![\\w$])`).test(source)) return false
  if (new RegExp(`\\bimport\\s[^;]*(?<![\\w$])${name}(?![\\w$])[^;]*\\bfrom\\b`).test(source)) return false
  return new RegExp(`(?<![\\w$.])(?:function\\s*\\*?\\s*|class\\s+|let\\s+|var\\s+)${name}(?![\\w$])`).test(source)
}

/** Export name -> local binding, for the exports a setter can write. */
export function assignableExports(source: string): Map<string, string> {
  const setters = new Map<string, string>()
  let exports: ReturnType<typeof Lexer.parse>[1]
  try {
    lexer ??= requireOwn<typeof Lexer>('es-module-lexer')
    exports = lexer.parse(source)[1]
  } catch {
    return setters
  }
  for (const e of exports) {
    const entry = e as { type?: string; name?: string; localName?: string }
    if (entry.type === 'direct' && entry.name !== undefined && entry.localName && isAssignable(source, entry.localName))
      setters.set(entry.name, entry.localName)
  }
  return setters
}
