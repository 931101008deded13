// Which modules inside an import cycle through a target would read the
// target's wrapper before it is initialised: those that read an imported
// binding at top level (import-graph.ts gives them the module instead).
import { describe, expect, it } from 'vitest'
import { readsAtTopLevel, reexportsAll } from '../../src/esm/top-level-use.js'

describe('reading an import at top level', () => {
  it('a top-level call or member read of a named, default or namespace import counts', () => {
    expect(readsAtTopLevel("import { a } from 'pa'\nexport const b = a() + 'b'", 'pa')).toBe(true)
    expect(readsAtTopLevel("import main from 'pa'\nmain()", 'pa')).toBe(true)
    expect(readsAtTopLevel("import * as ns from 'pa'\nconst x = ns.a", 'pa')).toBe(true)
    expect(readsAtTopLevel("import { a as renamed } from 'pa'\nrenamed()", 'pa')).toBe(true)
  })

  it('reads only inside functions, strings, comments or of another specifier do not', () => {
    expect(readsAtTopLevel("import { a } from 'pa'\nexport function f () { return a() }", 'pa')).toBe(false)
    expect(readsAtTopLevel("import { a } from 'pa'\nconst s = 'a()' // a()\n/* a() */", 'pa')).toBe(false)
    expect(readsAtTopLevel("import { a } from 'other'\na()", 'pa')).toBe(false)
    expect(readsAtTopLevel("import { a } from 'pa'\nobj.a()", 'pa')).toBe(false)
  })

  it('a read inside a top-level template substitution counts; template text and substitutions inside functions do not', () => {
    expect(readsAtTopLevel("import { a } from 'pa'\nexport const b = `b called ${a()}`", 'pa')).toBe(true)
    expect(readsAtTopLevel("import { a } from 'pa'\nconst t = `x ${`y ${a()}`} z`", 'pa')).toBe(true)
    expect(readsAtTopLevel("import { a } from 'pa'\nconst t = `${{ k: 1 }.k} ${a()}`", 'pa')).toBe(true)
    expect(readsAtTopLevel("import { a } from 'pa'\nconst t = `a() \\${a()}`", 'pa')).toBe(false)
    expect(readsAtTopLevel("import { a } from 'pa'\nexport function f () { return `${a()}` }\nconst t = `${1}`", 'pa')).toBe(false)
  })

  it('a brace-less top-level arrow counts (the safe side)', () => {
    expect(readsAtTopLevel("import { a } from 'pa'\nexport const f = () => a()", 'pa')).toBe(true)
  })
})

describe('passing an import on', () => {
  it('a re-export of the specifier counts: the module hands its importers the bindings they may read at top level', () => {
    expect(readsAtTopLevel("export { a } from 'pa'", 'pa')).toBe(true)
    expect(readsAtTopLevel("export { a as b } from 'pa'", 'pa')).toBe(true)
    expect(readsAtTopLevel("export * as ns from 'pa'", 'pa')).toBe(true)
    expect(readsAtTopLevel("import { a } from 'pa'\nexport { a }", 'pa')).toBe(true)
    expect(readsAtTopLevel("import main from 'pa'\nexport { main as default }", 'pa')).toBe(true)
  })

  it('export * is told apart (the cycle check asks whether it closes an export * cycle)', () => {
    expect(readsAtTopLevel("export * from 'pa'", 'pa')).toBe(false)
    expect(reexportsAll("export * from 'pa'", 'pa')).toBe(true)
    expect(reexportsAll("export * as ns from 'pa'\nexport * from 'other'", 'pa')).toBe(false)
  })

  it('a re-export of another specifier, or an export of a name of its own, does not', () => {
    expect(readsAtTopLevel("export { a } from 'other'\nimport { b } from 'pa'\nexport function f () { return b() }", 'pa')).toBe(false)
    expect(readsAtTopLevel("import { a } from 'pa'\nconst c = 1\nexport { c }\nexport function f () { return a() }", 'pa')).toBe(false)
  })
})
