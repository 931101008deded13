import { describe, expect, it } from 'vitest'
import { parseConfig, parseNameList } from '../../src/core/config.js'

describe('AUTOWRAPT_BOOTSTRAP parsing', () => {
  it('splits on commas, trims, drops empty names and duplicates, keeps order', () => {
    expect(parseNameList(' b , a,, b ,c ,')).toEqual(['b', 'a', 'c'])
  })

  it('treats unset, empty and blank values as no names', () => {
    for (const value of [undefined, '', '  ', ' , ,']) expect(parseNameList(value)).toEqual([])
  })

  it('returns a frozen config with strict mode read from AUTOWRAPT_STRICT', () => {
    const config = parseConfig({ AUTOWRAPT_BOOTSTRAP: 'x', AUTOWRAPT_STRICT: '1' })
    expect(config).toEqual({ bootstrap: ['x'], strict: true, disable: [], report: undefined, esm: true, esmThreadAtOnce: true, otel: false })
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.bootstrap)).toBe(true)
    for (const off of [undefined, '', '0', 'false']) expect(parseConfig({ AUTOWRAPT_STRICT: off }).strict).toBe(false)
  })
  it('reads AUTOWRAPT_DISABLE as a name list and AUTOWRAPT_REPORT as stderr or a path', () => {
    expect(parseConfig({ AUTOWRAPT_DISABLE: ' a, b:c ,a' }).disable).toEqual(['a', 'b:c'])
    for (const v of ['1', 'true', 'stderr']) expect(parseConfig({ AUTOWRAPT_REPORT: v }).report).toBe('stderr')
    for (const v of [undefined, '', '0', 'false']) expect(parseConfig({ AUTOWRAPT_REPORT: v }).report).toBeUndefined()
    expect(parseConfig({ AUTOWRAPT_REPORT: 'out/report.jsonl' }).report).toBe('out/report.jsonl')
  })

  it('hooks ES modules unless AUTOWRAPT_ESM says off', () => {
    for (const on of [undefined, '', ' ', '1', 'true', 'on', 'YES']) expect(parseConfig({ AUTOWRAPT_ESM: on }).esm).toBe(true)
    for (const off of ['0', 'false', 'no', 'off', ' Off ']) expect(parseConfig({ AUTOWRAPT_ESM: off }).esm).toBe(false)
    // `deferred` is on, and lets a CommonJS process start the loader thread later, where one is used.
    expect(parseConfig({ AUTOWRAPT_ESM: ' Deferred ' })).toMatchObject({ esm: true, esmThreadAtOnce: false })
    for (const other of [undefined, '1', '0', 'on', 'eager']) expect(parseConfig({ AUTOWRAPT_ESM: other }).esmThreadAtOnce).toBe(true)
  })
})
