import { describe, expect, it } from 'vitest'
import { closestNames, editDistance } from '../../src/core/suggest.js'

describe('"did you mean" for an unknown AUTOWRAPT_BOOTSTRAP name', () => {
  it('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('acme-patchs', 'acme-patches')).toBe(1)
    expect(editDistance('acme-apn', 'acme-apm')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('offers the nearest candidates, at most three, nearest first, ignoring case', () => {
    const candidates = ['acme-patches', 'acme-patches:experimental', 'acme-apm', 'pino-patches', 'Acme-Patched']
    expect(closestNames('acme-patchs', candidates)).toEqual(['acme-patches', 'Acme-Patched'])
    expect(closestNames('acme-patchs:experimental', candidates)).toEqual(['acme-patches:experimental'])
  })

  it('nothing close enough: no suggestion (a short name allows one edit)', () => {
    expect(closestNames('timing-patches', ['pino-patches', 'throwing-patches'])).toEqual([])
    expect(closestNames('ab', ['xy', 'ac'])).toEqual(['ac'])
  })
})
