// Recognising another import-in-the-middle copy's wrapper by the lib/register.js
// it imports (the first line of every major's generated wrapper), and the
// loader log's lines for targets left to another copy.
import { describe, expect, it } from 'vitest'
import { foreignRegisterUrl, registerUrlOf } from '../../src/esm/foreign-wrapper.js'
import { leftToOtherLoaderLine, parseLeftToOtherLoader } from '../../src/esm/channel.js'

const OWN = 'file:///app/node_modules/import-in-the-middle/lib/register.js'
const OTHER = 'file:///app/node_modules/dd-trace/node_modules/import-in-the-middle/lib/register.js'

describe('another copy\'s wrapper', () => {
  it('is recognised by its register import, in the quoting of 1.x/2.x and of 3.x, as a string or bytes', () => {
    expect(foreignRegisterUrl(`\nimport { register } from '${OTHER}'\nimport * as namespace from "file:///x.js"\n`, OWN)).toBe(OTHER)
    expect(foreignRegisterUrl(new TextEncoder().encode(`\nimport { register, ModuleBinder } from "${OTHER}"\n`), OWN)).toBe(OTHER)
  })

  it('autowrapt\'s own wrapper and ordinary modules are not', () => {
    expect(foreignRegisterUrl(`import { register, ModuleBinder } from "${OWN}"`, OWN)).toBeUndefined()
    expect(foreignRegisterUrl('import { register } from "./lib/register.js"\nexport const x = 1', OWN)).toBeUndefined()
    expect(foreignRegisterUrl(null, OWN)).toBeUndefined()
  })

  it('the register URL of a copy follows from its hook.mjs', () => {
    expect(registerUrlOf('file:///app/node_modules/import-in-the-middle/hook.mjs')).toBe(OWN)
  })
})

describe('the loader log line for a target left to another copy', () => {
  it('round-trips, spaces and all, and is never taken for a URL line', () => {
    const line = leftToOtherLoaderLine('file:///a%20b/x.js', 'pkg', '/opt/my agent/node_modules/import-in-the-middle')
    expect(parseLeftToOtherLoader(line)).toEqual({ url: 'file:///a%20b/x.js', specifier: 'pkg', copy: '/opt/my agent/node_modules/import-in-the-middle' })
    expect(parseLeftToOtherLoader('file:///x.js')).toBeUndefined()
  })
})
