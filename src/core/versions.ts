// Version-range checks, with semver's meaning and prereleases counted: every
// range gets exactly semver's answer, from the copy of semver the
// application's lockfile installed. semver's Range is loaded at the first
// `versions` field a hook declares (a process whose hooks declare none never
// loads it), and each range string is compiled once per process, however many
// targets it meets.
import type { Range } from 'semver'
import { requireOwn } from './own-modules.js'

type Matcher = (version: string) => boolean

let RangeClass: typeof Range | undefined
const compiled = new Map<string, Matcher | null>()

function compile(range: string): Matcher | null {
  let matcher = compiled.get(range)
  if (matcher !== undefined) return matcher
  RangeClass ??= requireOwn<typeof Range>('semver/classes/range')
  try {
    const parsed = new RangeClass(range, { includePrerelease: true })
    matcher = (version) => {
      try {
        return parsed.test(version)
      } catch {
        return false
      }
    }
  } catch {
    matcher = null
  }
  compiled.set(range, matcher)
  return matcher
}

export function isValidRange(range: string): boolean {
  return compile(range) !== null
}

/** Whether `version` satisfies `range`; prereleases count, as an operator would expect. */
export function satisfiesRange(version: string, range: string): boolean {
  return compile(range)?.(version) ?? false
}
