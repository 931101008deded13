// The own range matcher on the cases that trip implementations up, each
// written out with its expected answer (and checked against semver too):
// prerelease order, caret on 0.x, hyphen ends, x-ranges with operators,
// whitespace, prefixes, build metadata, and which strings are invalid.
import Range from 'semver/classes/range.js'
import { describe, expect, it } from 'vitest'
import { parseRange, testRange } from '../../src/core/semver-range.js'
import { compareVersions, parseVersion } from '../../src/core/semver-version.js'
import { isValidRange, satisfiesRange } from '../../src/core/versions.js'

// [range, version, expected]
const CASES: [string, string, boolean][] = [
  // prereleases count (includePrerelease), and sort below their release
  ['>=4', '5.0.0-rc.1', true],
  ['^1', '2.0.0-beta', false],
  ['^1', '1.0.0-0', true],
  ['<2.0.0', '2.0.0-rc.1', true],
  ['>1.2.3-alpha.1', '1.2.3-alpha.2', true],
  ['>1.2.3-alpha.10', '1.2.3-alpha.9', false],
  ['>1.2.3-alpha', '1.2.3-alpha.0', true],
  ['>1.2.3-alpha.1', '1.2.3-alpha.beta', true],
  ['<1.2.3-1', '1.2.3-a', false],
  ['>1.2.3-a', '1.2.3-B', false],
  // caret: changes right of the first non-zero part
  ['^0.2.3', '0.2.9', true],
  ['^0.2.3', '0.3.0-0', false],
  ['^0.0.3', '0.0.3', true],
  ['^0.0.3', '0.0.4-rc.1', false],
  ['^0.0', '0.0.9', true],
  ['^0.0', '0.1.0-0', false],
  ['^0.x', '0.9.9', true],
  ['^1.2.3-beta.2', '1.2.3-beta.4', true],
  ['^1.2.3-beta.2', '1.2.3-beta.1', false],
  ['^0.0.3-beta', '0.0.3-pr.2', true],
  // tilde
  ['~1.2.3', '1.2.3-rc.1', false],
  ['~1.2.3', '1.2.9', true],
  ['~1.2.3', '1.3.0-0', false],
  ['~1.2', '1.2.0-0', true],
  ['~>1', '1.9.9', true],
  ['~ 1.2', '1.2.5', true],
  // x-ranges, alone and with operators
  ['1.2.x', '1.2.0-0', true],
  ['1.x', '2.0.0-0', false],
  ['*', '0.0.0-0', true],
  ['>1', '1.9.9', false],
  ['>1', '2.0.0-0', true],
  ['>=1.2', '1.2.0-rc.1', true],
  ['<1.2', '1.2.0-0', false],
  ['<=1.2', '1.2.99', true],
  ['<=1.2', '1.3.0-0', false],
  ['>*', '1.0.0', false],
  ['<x', '0.0.0', false],
  ['>=*', '1.0.0-rc.1', true],
  ['', '1.0.0', true],
  // hyphen ranges
  ['1.2 - 3.4', '1.2.0-0', true],
  ['1.2 - 3.4', '3.4.99', true],
  ['1.2 - 3.4', '3.5.0-0', false],
  ['1.2.3 - 2.0.0', '2.0.1-0', false],
  ['1.2.3 - 2.0.0', '2.0.0-rc.1', true],
  ['1.2.3 - 2.0.0-rc.1', '2.0.0-rc.2', false],
  ['1.2.3-beta - 2', '1.2.3-alpha', false],
  ['* - 2', '0.0.0', true],
  // whitespace, prefixes, build metadata, alternatives
  ['>= 1.2.3   < 2', '1.5.0', true],
  ['\t>=1.2.3\n<2 ', '2.0.0', false],
  ['=v1.2.3', '1.2.3', true],
  ['v1.2.3', 'v1.2.3', true],
  ['1.2.3+build', '1.2.3+other', true],
  ['>=1.2.3+build.5 <2', '1.2.3', true],
  ['1.2.3', ' 1.2.3 ', true],
  ['1 || 3', '2.0.0', false],
  ['1||3', '3.1.0', true],
  ['>=1.2.0 <2 || ^3.0.0-rc.1', '3.0.0-rc.1', true],
  ['>=1.2.0 <2 || ^3.0.0-rc.1', '3.0.0-beta', false],
  ['1.2.3 ||', '9.9.9', true],
  // invalid versions never match
  ['*', '1.2', false],
  ['*', '01.2.3', false],
  ['*', '1.2.3-01', false],
  ['*', '1.2.3-', false],
  ['*', '9007199254740992.0.0', false],
  ['*', '', false],
]

const INVALID = ['not a range', '>=99 <<1', '1.2.3 - ', '>=1.2.3 - 2', '1.x.3', '>', '<=', '^', '~', '1.2.3-01', '01.2', 'v 1', '== 1', '>= >=1', '1 - 2 - 3', '>=9007199254740992', '^9007199254740991']
// Valid in semver, but outside the own syntax: semver decides them.
const EXOTIC = ['~x.1', '^1.x.3', '1.2.x-beta', '>=v=1.x', '1.x.3 - 2', '>= v1.2.3', 'v1 - 2']

describe('own range matcher', () => {
  it.each(CASES)('%j contains %j: %s', (range, version, expected) => {
    const alternatives = parseRange(range)
    expect(alternatives).toBeDefined()
    expect(testRange(alternatives!, version)).toBe(expected)
    expect(new Range(range, { includePrerelease: true }).test(version)).toBe(expected)
    expect(satisfiesRange(version, range)).toBe(expected)
  })

  it.each(INVALID)('refuses %j, as semver does', (range) => {
    expect(isValidRange(range)).toBe(false)
    expect(() => new Range(range, { includePrerelease: true })).toThrow()
    expect(satisfiesRange('1.2.3', range)).toBe(false)
  })

  it.each(EXOTIC)('leaves %j to semver, which accepts it', (range) => {
    expect(parseRange(range)).toBeUndefined()
    expect(isValidRange(range)).toBe(true)
  })

  it('orders numeric prerelease identifiers by value, below alphanumeric ones', () => {
    const order = ['1.0.0-0', '1.0.0-2', '1.0.0-10', '1.0.0-a', '1.0.0-a.1', '1.0.0-a.b', '1.0.0-b', '1.0.0'].map((v) => parseVersion(v)!)
    for (let i = 1; i < order.length; i++) expect(compareVersions(order[i - 1]!, order[i]!)).toBe(-1)
  })
})
