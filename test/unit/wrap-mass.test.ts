import { afterEach, describe, expect, it, vi } from 'vitest'
import { isWrapped, massUnwrap, massWrap } from '../../src/wrap/wrap.js'
import { captureWarnings } from '../helpers/warnings.js'
import { passThrough } from '../helpers/wrap.js'

afterEach(() => { vi.restoreAllMocks() })

describe('massWrap and massUnwrap apply to every name on every target', () => {
  it('wraps and unwraps each name on each target', () => {
    const http = { get: () => 'http get', request: () => 'http request' }
    const https = { get: () => 'https get', request: () => 'https request' }
    const originals = [http.get, http.request, https.get, https.request]
    const wrapped = massWrap([http, https], ['get', 'request'], passThrough)
    expect(wrapped).toHaveLength(4)
    expect([http.get, http.request, https.get, https.request].every(isWrapped)).toBe(true)
    expect(http.get()).toBe('http get')
    expect(massUnwrap([http, https], ['get', 'request'])).toEqual([true, true, true, true])
    expect([http.get, http.request, https.get, https.request]).toEqual(originals)
  })

  it('accepts a single target not in an array', () => {
    const target = { a: () => 1, b: () => 2 }
    massWrap(target, ['a', 'b'], passThrough)
    expect(isWrapped(target.a) && isWrapped(target.b)).toBe(true)
    massUnwrap(target, ['a', 'b'])
    expect(isWrapped(target.a) || isWrapped(target.b)).toBe(false)
  })

  it('carries on past a name that cannot be wrapped, warning for it', () => {
    const warnings = captureWarnings()
    const target = { a: () => 1, b: () => 2 }
    const results = massWrap(target, ['a', 'missing', 'b'], passThrough)
    expect(results.map((result) => typeof result)).toEqual(['function', 'undefined', 'function'])
    expect(warnings.codes()).toEqual(['AUTOWRAPT_WRAP_FAILED'])
  })

  it('throws a TypeError when names is not an array', () => {
    expect(() => massWrap({ a: () => 1 }, 'a' as any, passThrough)).toThrow(/names must be an array/)
    expect(() => massUnwrap({ a: () => 1 }, 'a' as any)).toThrow(/names must be an array/)
  })
})
