// es-module-lexer, loaded when the first import graph is read (import-graph.ts,
// top-level-use.ts), not with the rest of autowrapt: most processes never read
// one, and the bundle then does not carry its 48 KB (about 0.25 ms of compile
// time on every start, measured on Node 24). Its CommonJS build initialises its
// WebAssembly synchronously on the first parse.
import type * as Lexer from 'es-module-lexer'
import { requireOwn } from '../core/own-modules.js'

let lexer: typeof Lexer | undefined

export function parse(source: string, name?: string): ReturnType<typeof Lexer.parse> {
  lexer ??= requireOwn<typeof Lexer>('es-module-lexer')
  return lexer.parse(source, name)
}
