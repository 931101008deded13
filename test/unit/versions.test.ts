import { describe, expect, it } from 'vitest'
import { isValidRange, satisfiesRange } from '../../src/core/versions.js'

describe('version ranges', () => {
  it('count prereleases, as an operator would expect', () => {
    expect(satisfiesRange('3.1.0-rc.1', '^3')).toBe(true)
    expect(satisfiesRange('8.0.0-beta.2', '>=8 <10')).toBe(true)
    expect(satisfiesRange('10.0.0-rc.1', '>=8 <10')).toBe(false)
    expect(satisfiesRange('2.9.9', '^3')).toBe(false)
  })

  it('tell valid ranges from invalid ones', () => {
    for (const range of ['^1', '>=8 <10', '*', '1.x || 2.x']) expect(isValidRange(range), range).toBe(true)
    for (const range of ['not a range!!', '>>1']) expect(isValidRange(range), range).toBe(false)
  })
})
