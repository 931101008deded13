// Version-range checks. semver is loaded only when a hook with a `versions`
// range meets its target, never at startup.
import type { satisfies as Satisfies, validRange as ValidRange } from 'semver'

let satisfiesFn: typeof Satisfies | undefined
let validRangeFn: typeof ValidRange | undefined

export function isValidRange(range: string): boolean {
  validRangeFn ??= (require('semver/ranges/valid') as typeof ValidRange)
  return validRangeFn(range) !== null
}

/** Whether `version` satisfies `range`; prereleases count, as an operator would expect. */
export function satisfiesRange(version: string, range: string): boolean {
  satisfiesFn ??= (require('semver/functions/satisfies') as typeof Satisfies)
  return satisfiesFn(version, range, { includePrerelease: true })
}
