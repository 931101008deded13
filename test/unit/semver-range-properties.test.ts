// Property tests: autowrapt's own range matcher (core/semver-range.ts) agrees
// with semver's `new Range(r, { includePrerelease: true }).test(v)` on ranges
// and versions built from npm's range grammar, near misses and junk; and the
// versions.ts entry points (own matcher, semver for the rest) agree with
// semver on validity and on every answer.
import fc from 'fast-check'
import Range from 'semver/classes/range.js'
import { describe, expect, it } from 'vitest'
import { parseRange, testRange } from '../../src/core/semver-range.js'
import { isValidRange, satisfiesRange } from '../../src/core/versions.js'

const RUNS = { numRuns: 3000 }

function semverRange(range: string): Range | null {
  try {
    return new Range(range, { includePrerelease: true })
  } catch {
    return null
  }
}

// Pieces of versions: small numbers (so that ranges and versions meet), edge
// numbers, leading zeros, wildcards; prerelease and build identifiers.
const number = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('0', '1', '2', '3') },
  { weight: 1, arbitrary: fc.constantFrom('01', '10', '999999999999999', '1000000000000000', '9007199254740991', '9007199254740992', '') },
)
const wildcard = fc.constantFrom('x', 'X', '*')
const part = fc.oneof({ weight: 4, arbitrary: number }, { weight: 1, arbitrary: wildcard })
const identifier = fc.oneof(
  fc.constantFrom('0', '1', '2', '10', 'rc', 'beta', 'alpha', 'x', 'a-b', '-', '1a', 'v'),
  fc.constantFrom('01', '', '9007199254740993', 'ü', 'a_b'),
  fc.stringMatching(/^[0-9A-Za-z-]{1,4}$/),
)
const dotted = fc.array(identifier, { minLength: 1, maxLength: 3 }).map((ids) => ids.join('.'))
const prerelease = fc.option(dotted.map((p) => `-${p}`), { nil: '', freq: 2 })
const build = fc.option(dotted.map((b) => `+${b}`), { nil: '', freq: 4 })

const fullVersion = fc.tuple(number, number, number, prerelease, build).map(([a, b, c, pre, meta]) => `${a}.${b}.${c}${pre}${meta}`)
const partialVersion = fc.tuple(fc.array(part, { minLength: 1, maxLength: 3 }), prerelease, build)
  .map(([parts, pre, meta]) => `${parts.join('.')}${pre}${meta}`)

const prefix = fc.constantFrom('', '', '', 'v', '=', 'v=', '=v', 'vv', 'V')
const operator = fc.constantFrom('', '', '<', '<=', '>', '>=', '=', '~', '~>', '^', '==', '<>', '~=', '>==', '=>', '!')
const gap = fc.constantFrom('', '', '', ' ', '  ', '\t', '\n ')
const joiner = fc.constantFrom(' ', ' ', '  ', '', '\t', ' - ', ',')
const orJoiner = fc.constantFrom('||', ' || ', '|| ', ' |', '|||', '| |')

const comparator = fc.tuple(operator, gap, prefix, fc.oneof(partialVersion, fullVersion))
  .map(([op, space, pre, version]) => `${op}${space}${pre}${version}`)
const hyphenRange = fc.tuple(prefix, partialVersion, fc.constantFrom(' - ', ' -', '- ', '-', '  -  ', ' - v', ' - ='), partialVersion)
  .map(([pre, from, dash, to]) => `${pre}${from}${dash}${to}`)
const set = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(comparator, joiner), { minLength: 1, maxLength: 3 }).map((cs) => cs.map(([c, j], i) => (i === 0 ? c : j + c)).join('')) },
  { weight: 2, arbitrary: hyphenRange },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '*', 'x', 'latest', '^', '~', '>=', '-', '+build') },
)
const grammarRange = fc.tuple(fc.array(set, { minLength: 1, maxLength: 3 }), orJoiner, gap, gap)
  .map(([sets, or, lead, trail]) => `${lead}${sets.join(or)}${trail}`)
// Near semver's length limits (256 characters a version, 250 an identifier).
const long = fc.tuple(fc.constantFrom('>=1.2.3-', '^1.2.3-a.', '1.2.3+', '~1.2.3-1', '1.2.3-a', ' 1.2.3-'), fc.integer({ min: 180, max: 270 }), fc.constantFrom('a', '1', 'a.'))
  .map(([head, n, unit]) => head + unit.repeat(Math.ceil(n / unit.length)))
// Junk: arbitrary strings, and grammatical ranges with a character inserted.
const junkRange = fc.oneof(
  fc.string({ maxLength: 12 }),
  long,
  fc.tuple(grammarRange, fc.nat(), fc.constantFrom('a', '.', '-', '+', '|', ' ', '*', '<', '~', '^', '0', 'v', '=')).map(([r, i, c]) => r.slice(0, i % (r.length + 1)) + c + r.slice(i % (r.length + 1))),
)
const anyRange = fc.oneof({ weight: 4, arbitrary: grammarRange }, { weight: 1, arbitrary: junkRange })

// The forms people write, which the own matcher must handle itself (no
// semver load): wildcards only after numbers, prereleases on full versions.
const smallNumber = fc.constantFrom('0', '0', '1', '2', '3')
const validPre = fc.option(fc.array(fc.constantFrom('0', '1', '2', '10', 'rc', 'beta', 'alpha', 'x', 'a-b', '-', '1a'), { minLength: 1, maxLength: 3 }).map((ids) => `-${ids.join('.')}`), { nil: '', freq: 2 })
const validBuild = fc.option(fc.constantFrom('+build', '+sha.5', '+001', '+a-b.c'), { nil: '', freq: 5 })
const commonVersion = fc.oneof(
  fc.tuple(smallNumber, smallNumber, smallNumber, validPre, validBuild).map(([a, b, c, pre, meta]) => `${a}.${b}.${c}${pre}${meta}`),
  fc.tuple(smallNumber, fc.option(fc.oneof(smallNumber, wildcard), { nil: undefined }), validBuild).map(([a, b, meta]) => (b === undefined ? a : `${a}.${b}`) + meta),
  fc.tuple(smallNumber, smallNumber, wildcard).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(wildcard, fc.option(wildcard, { nil: undefined })).map(([a, b]) => (b === undefined ? a : `${a}.${b}`)),
)
const commonComparator = fc.tuple(fc.constantFrom('', '<', '<=', '>', '>=', '=', '~', '~>', '^'), fc.constantFrom('', '', ' ', 'v'), commonVersion)
  .map(([op, sep, version]) => (op === '' && sep === ' ' ? version : `${op}${sep}${version}`))
const commonSet = fc.oneof(
  { weight: 3, arbitrary: fc.array(commonComparator, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(commonVersion, commonVersion).map(([from, to]) => `${from} - ${to}`) },
)
const commonRange = fc.tuple(fc.array(commonSet, { minLength: 1, maxLength: 3 }), fc.constantFrom('||', ' || '))
  .map(([sets, or]) => sets.join(or))
// Every version near the numbers those ranges use (each bound, and one past
// it), with and without prereleases.
const GRID = ['0', '1', '2', '3', '4'].flatMap((a) => ['0', '1', '2', '3', '4'].flatMap((b) => ['0', '1', '2', '3', '4'].flatMap((c) =>
  ['', '-0', '-1', '-rc.1', '-x'].map((pre) => `${a}.${b}.${c}${pre}`))))

const anyVersion = fc.oneof(
  { weight: 6, arbitrary: fullVersion },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('v', '=', ' ', ' v', 'V'), fullVersion, fc.constantFrom('', ' ', '\n')).map(([p, v, s]) => `${p}${v}${s}`) },
  { weight: 1, arbitrary: fc.oneof(partialVersion, fc.string({ maxLength: 8 }), long) },
)

describe('own range matcher against semver', () => {
  it('handles the forms people write itself, with semver\'s answer for every version', () => {
    fc.assert(fc.property(commonRange, (range) => {
      const ours = parseRange(range)
      expect(ours, `falls back to semver for ${JSON.stringify(range)}`).toBeDefined()
      const theirs = semverRange(range)
      expect(theirs, `semver refuses ${JSON.stringify(range)}`).not.toBeNull()
      for (const version of GRID) {
        expect(testRange(ours!, version), `${JSON.stringify(version)} in ${JSON.stringify(range)}`).toBe(theirs!.test(version))
      }
    }), { numRuns: 600 })
  })

  it('accepts only ranges semver accepts, and answers as semver does for every version', () => {
    fc.assert(fc.property(anyRange, fc.array(anyVersion, { minLength: 1, maxLength: 8 }), (range, versions) => {
      const ours = parseRange(range)
      if (ours === undefined) return
      const theirs = semverRange(range)
      expect(theirs, `semver refuses ${JSON.stringify(range)}`).not.toBeNull()
      for (const version of versions) {
        expect(testRange(ours, version), `${JSON.stringify(version)} in ${JSON.stringify(range)}`).toBe(theirs!.test(version))
      }
    }), RUNS)
  })

  it('isValidRange and satisfiesRange give semver\'s answers for every input, own syntax or not', () => {
    fc.assert(fc.property(anyRange, fc.array(anyVersion, { minLength: 1, maxLength: 4 }), (range, versions) => {
      const theirs = semverRange(range)
      expect(isValidRange(range), JSON.stringify(range)).toBe(theirs !== null)
      for (const version of versions) {
        expect(satisfiesRange(version, range), `${JSON.stringify(version)} in ${JSON.stringify(range)}`).toBe(theirs?.test(version) ?? false)
      }
    }), RUNS)
  })
})
