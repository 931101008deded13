import { describe, expect, it } from 'vitest'
import { safeNodeOptions, shellQuote } from '../../src/cli/env.js'

const REGISTER = '/opt/app/node_modules/autowrapt/register.cjs'
const URL = 'file:///opt/app/node_modules/autowrapt/register.cjs'

describe('the NODE_OPTIONS autowrapt env prints', () => {
  it('adds the register entry by file URL to empty or other options', () => {
    expect(safeNodeOptions(undefined, REGISTER)).toBe(`--import ${URL}`)
    expect(safeNodeOptions('--enable-source-maps', REGISTER)).toBe(`--enable-source-maps --import ${URL}`)
  })

  it('drops bare-specifier preloads of autowrapt, in every spelling, and does not add the URL twice', () => {
    expect(safeNodeOptions('--import autowrapt/register --require=autowrapt/register -r autowrapt --trace-warnings', REGISTER)).toBe(`--trace-warnings --import ${URL}`)
    expect(safeNodeOptions(`--import ${URL}`, REGISTER)).toBe(`--import ${URL}`)
  })

  it('quotes for a POSIX shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
  })
})
