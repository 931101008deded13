// What a hook file exports, read from its source without running it: the
// default of `autowrapt check`, which must not run the code of the package it
// vets. ESM exports are exact (es-module-lexer), apart from `export * from`;
// CommonJS exports are what cjs-module-lexer recognises (`exports.x =`,
// `module.exports = { x }`), plus a single `module.exports = function`. Whether
// an export is a function is known only by loading the file (--load-hooks).
import { readFileSync } from 'node:fs'
import { dirname, extname } from 'node:path'
import type * as CjsLexer from 'cjs-module-lexer'
import { readPackageJson } from '../core/package-info.js'
import { parse as parseEsm } from '../esm/lexer.js'

export type StaticExports = {
  readonly format: 'module' | 'commonjs'
  /** Export names found in the source; `default` stands for module.exports being a function in CommonJS. */
  readonly names: ReadonlySet<string>
  /** Whether `names` is every export (no `export *`, no CommonJS re-export or assignment the lexer cannot read). */
  readonly complete: boolean
}

// `module.exports = function`, `= async function`, `= (...) =>`, `= x =>`: module.exports is a function.
const FUNCTION_EXPORT = /\bmodule\.exports\s*=\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*=>|[\w$]+\s*=>)/
const MODULE_EXPORTS_ASSIGNMENT = /\bmodule\.exports\s*=[^=]/g

/** The format require() would load `file` as: by extension, else the nearest package.json `type`, else by its syntax. */
function formatOf(file: string, source: string, packageDir: string): 'module' | 'commonjs' {
  const ext = extname(file)
  if (ext === '.mjs') return 'module'
  if (ext === '.cjs') return 'commonjs'
  for (let dir = dirname(file); dir.startsWith(packageDir); dir = dirname(dir)) {
    const type = readPackageJson(dir)?.type
    if (type === 'module') return 'module'
    if (type === 'commonjs' || readPackageJson(dir) !== null) return 'commonjs'
    if (dir === packageDir) break
  }
  // Node's syntax detection: a typeless .js file with import/export statements is ESM.
  return parseEsm(source)[3] ? 'module' : 'commonjs'
}

/** Reads `file`'s exports without running it; throws (with the lexer's message) when the source cannot be parsed. */
export function readExportsStatically(file: string, packageDir: string): StaticExports {
  const source = readFileSync(file, 'utf8')
  if (formatOf(file, source, packageDir) === 'module') {
    const [imports, exports] = parseEsm(source)
    const names = new Set<string>()
    let complete = !imports.some((i) => i.type === 'reexport-star')
    for (const e of exports) {
      if ('name' in e) names.add(e.name)
      else complete = false // `export * from`
    }
    return { format: 'module', names, complete }
  }
  const cjs = require('cjs-module-lexer') as typeof CjsLexer
  cjs.initSync()
  const parsed = cjs.parse(source)
  const names = new Set(parsed.exports)
  const assignments = source.match(MODULE_EXPORTS_ASSIGNMENT)?.length ?? 0
  if (assignments === 1 && FUNCTION_EXPORT.test(source)) names.add('default')
  return { format: 'commonjs', names, complete: false }
}
