// Version-range checks. semver is loaded only when a hook with a `versions`
// range meets its target, never at startup, and only its Range class (the
// build bundles it into dist/runtime.js, so this costs no file reads). Each
// range string is parsed once per process, however many targets it meets.
import type { Range } from 'semver'

let RangeClass: typeof Range | undefined
const compiled = new Map<string, Range | null>()

function compile(range: string): Range | null {
  let parsed = compiled.get(range)
  if (parsed === undefined) {
    RangeClass ??= require('semver/classes/range') as typeof Range
    try {
      // Prereleases count, as an operator would expect: 5.0.0-rc.1 is in ">=4".
      parsed = new RangeClass(range, { includePrerelease: true })
    } catch {
      parsed = null
    }
    compiled.set(range, parsed)
  }
  return parsed
}

export function isValidRange(range: string): boolean {
  return compile(range) !== null
}

/** Whether `version` satisfies `range`; prereleases count, as an operator would expect. */
export function satisfiesRange(version: string, range: string): boolean {
  const parsed = compile(range)
  if (parsed === null) return false
  try {
    return parsed.test(version)
  } catch {
    return false
  }
}
