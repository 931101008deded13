// Range checks as the registry uses them: semver's rules with prereleases
// included, invalid ranges refused rather than thrown.
import { describe, expect, it } from 'vitest'
import { isValidRange, satisfiesRange } from '../../src/core/versions.js'

describe('version ranges', () => {
  it('accepts what semver accepts and refuses the rest', () => {
    expect(isValidRange('^4 || ^5')).toBe(true)
    expect(isValidRange('>=1.2.0 <2 || ^3.0.0-rc.1')).toBe(true)
    expect(isValidRange('not a range')).toBe(false)
    expect(isValidRange('>=99 <<1')).toBe(false)
  })

  it('counts prereleases: 5.0.0-rc.1 is in ">=4", 2.0.0-beta is not in "^1"', () => {
    expect(satisfiesRange('5.0.0-rc.1', '>=4')).toBe(true)
    expect(satisfiesRange('2.0.0-beta', '^1')).toBe(false)
    expect(satisfiesRange('1.4.2', '>=1.2.0 <2')).toBe(true)
  })

  it('is false, never a throw, for an invalid range or version', () => {
    expect(satisfiesRange('1.0.0', 'not a range')).toBe(false)
    expect(satisfiesRange('not-a-version', '^1')).toBe(false)
  })

  it('gives the same answer when a range is asked about again (parsed once, reused)', () => {
    expect(satisfiesRange('1.0.0', '^1')).toBe(true)
    expect(satisfiesRange('2.0.0', '^1')).toBe(false)
    expect(satisfiesRange('1.9.9', '^1')).toBe(true)
  })
})
