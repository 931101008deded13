// Which modules inside an import cycle through a target would read the
// target's wrapper before it is initialised: those that read an imported
// binding at top level (import-graph.ts gives them the module instead).
import { describe, expect, it } from 'vitest'
import { readsAtTopLevel } from '../../src/esm/top-level-use.js'

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

  it('a brace-less top-level arrow counts (the safe side)', () => {
    expect(readsAtTopLevel("import { a } from 'pa'\nexport const f = () => a()", 'pa')).toBe(true)
  })
})
