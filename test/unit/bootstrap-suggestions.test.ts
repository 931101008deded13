import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bootstrapCandidates, didYouMean } from '../../src/core/bootstrap-suggestion.js'

const FIXTURES = resolve(__dirname, '../fixtures')

describe('"did you mean" for an unknown AUTOWRAPT_BOOTSTRAP name', () => {
  it('candidates: installed patch packages and their package:group; bare groups only of the application\'s dependencies', () => {
    const candidates = bootstrapCandidates([FIXTURES], ['apm-one'])
    expect(candidates).toEqual(expect.arrayContaining(['acme-patches', 'acme-patches:experimental', 'pino-patches', 'apm-one:acme-apm', 'acme-apm', 'other-group']))
    expect(candidates).not.toContain('experimental') // acme-patches is not a dependency here
    expect(candidates).not.toContain('target-cjs') // no autowrapt field
  })

  it('suggests the closest, or nothing', () => {
    expect(didYouMean('acme-patchs', [FIXTURES], [])).toBe('; did you mean "acme-patches"?')
    expect(didYouMean('acme-apn', [join(FIXTURES, 'group-app')], ['apm-one'])).toBe('; did you mean "acme-apm"?')
    expect(didYouMean('zzz-unrelated', [FIXTURES], [])).toBe('')
  })
})
