import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryIsCommonJs, flagsMayLoadEsm, loadedModulesMayLoadEsm, mayLoadEsm } from '../../src/esm/deferred-start.js'

describe('which CommonJS-loader sources may load ESM (the loader thread starts before them)', () => {
  it('an ES module, or any source with import()', () => {
    expect(mayLoadEsm('exports.a = 1', 'module')).toBe(true)
    expect(mayLoadEsm("const m = await import ('x')", 'commonjs')).toBe(true)
    expect(mayLoadEsm('module.exports = () => import(name)', undefined)).toBe(true)
  })

  it('a typeless file with import or export statements (Node reparses it as ESM), wherever they start', () => {
    for (const source of ["import x from 'y'", "'use strict'\nexport const a = 1", "/*! banner */import{a}from'b'", 'a();export * from "c"', "x = 1}\n  import 'side'"])
      expect(mayLoadEsm(source, undefined), source).toBe(true)
  })

  it('not plain CommonJS, nor comments that mention the words', () => {
    for (const source of ["'use strict'\nexports.greet = () => 'hi'", 'module.exports = require("./x")', '// import the module, then export it\n/* export default */ exports.x = 1', 'const imports = {}; imports.x = 1'])
      expect(mayLoadEsm(source, undefined), source).toBe(false)
    expect(mayLoadEsm("import x from 'y'", 'commonjs')).toBe(false) // Node reports a syntax error, not ESM
  })
})

describe('process flags that load ESM beside the entry point', () => {
  const own = '/app/node_modules/autowrapt/register.cjs'
  it('only autowrapt/register is allowed as --import', () => {
    expect(flagsMayLoadEsm(['--import', 'autowrapt/register'], own)).toBe(false)
    expect(flagsMayLoadEsm(['--import=autowrapt/register', '--require', './x.cjs', '--max-old-space-size=100'], own)).toBe(false)
    expect(flagsMayLoadEsm(['--import', own], own)).toBe(false)
    expect(flagsMayLoadEsm(['--import', own.replace(/register\.cjs$/, 'other.mjs')], own)).toBe(true)
    expect(flagsMayLoadEsm(['--import', 'autowrapt/register', '--import', './otel.mjs'], own)).toBe(true)
    expect(flagsMayLoadEsm(['--import=tsx'], own)).toBe(true)
  })

  it('loaders, eval, module input types and vm modules count as ESM', () => {
    for (const flags of [['--loader', 'x'], ['--experimental-loader=x'], ['-e', '1'], ['--input-type=module'], ['--experimental-default-type', 'module'], ['--experimental-vm-modules']])
      expect(flagsMayLoadEsm(flags, own), flags.join(' ')).toBe(true)
  })
})

describe('whether the entry point is CommonJS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'autowrapt-entry-'))
  writeFileSync(join(dir, 'package.json'), '{}')
  writeFileSync(join(dir, 'plain.js'), "require('x')\n")
  writeFileSync(join(dir, 'esm.js'), "import 'x'\n")
  writeFileSync(join(dir, 'a.cjs'), '')
  writeFileSync(join(dir, 'a.mjs'), '')

  it('a .cjs file, or a typeless .js file without ESM syntax', () => {
    expect(entryIsCommonJs(join(dir, 'a.cjs'))).toBe(true)
    expect(entryIsCommonJs(join(dir, 'plain.js'))).toBe(true)
  })

  it('not an .mjs file, ESM syntax, a "type": "module" package, a missing file or no entry (eval, REPL)', () => {
    expect(entryIsCommonJs(join(dir, 'a.mjs'))).toBe(false)
    expect(entryIsCommonJs(join(dir, 'esm.js'))).toBe(false)
    expect(entryIsCommonJs(join(dir, 'missing.js'))).toBe(false)
    expect(entryIsCommonJs(undefined)).toBe(false)
    const moduleDir = mkdtempSync(join(tmpdir(), 'autowrapt-entry-'))
    writeFileSync(join(moduleDir, 'package.json'), '{"type":"module"}')
    writeFileSync(join(moduleDir, 'main.js'), "require('x')\n")
    expect(entryIsCommonJs(join(moduleDir, 'main.js'))).toBe(false)
  })
})

describe('modules loaded before bootstrap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'autowrapt-loaded-'))
  writeFileSync(join(dir, 'plain.js'), "require('x')\n")
  writeFileSync(join(dir, 'later.cjs'), "setTimeout(() => import('x'))\n")
  const cache = (...names: string[]) => Object.fromEntries(names.map((n) => [join(dir, n), {}]))

  it('one that may import ESM later starts the thread at once; autowrapt\'s own files are not looked at', () => {
    expect(loadedModulesMayLoadEsm(cache('plain.js'), () => false)).toBe(false)
    expect(loadedModulesMayLoadEsm(cache('plain.js', 'later.cjs'), () => false)).toBe(true)
    expect(loadedModulesMayLoadEsm(cache('plain.js', 'later.cjs'), (f) => f.endsWith('later.cjs'))).toBe(false)
    expect(loadedModulesMayLoadEsm(cache('gone.js'), () => false)).toBe(true)
  })
})
