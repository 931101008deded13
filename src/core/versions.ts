// Version-range checks, with semver's meaning and prereleases counted. The
// forms people write are matched by core/semver-range.ts, which costs a few
// microseconds; semver itself (its Range class, bundled into dist/runtime.js)
// is loaded only for a range outside those forms, including an invalid one,
// so that every range gets exactly semver's answer. Each range string is
// compiled once per process, however many targets it meets.
import type { Range } from 'semver'
import { parseRange, testRange } from './semver-range.js'

type Matcher = (version: string) => boolean

let RangeClass: typeof Range | undefined
const compiled = new Map<string, Matcher | null>()

function semverMatcher(range: string): Matcher | null {
  RangeClass ??= require('semver/classes/range') as typeof Range
  let parsed: Range
  try {
    parsed = new RangeClass(range, { includePrerelease: true })
  } catch {
    return null
  }
  return (version) => {
    try {
      return parsed.test(version)
    } catch {
      return false
    }
  }
}

function compile(range: string): Matcher | null {
  let matcher = compiled.get(range)
  if (matcher === undefined) {
    const alternatives = parseRange(range)
    matcher = alternatives === undefined ? semverMatcher(range) : (version) => testRange(alternatives, version)
    compiled.set(range, matcher)
  }
  return matcher
}

export function isValidRange(range: string): boolean {
  return compile(range) !== null
}

/** Whether `version` satisfies `range`; prereleases count, as an operator would expect. */
export function satisfiesRange(version: string, range: string): boolean {
  return compile(range)?.(version) ?? false
}
