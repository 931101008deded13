// Version-range checks. semver is loaded only when a hook with a `versions`
// range meets its target, never at startup.
import type { satisfies as Satisfies, validRange as ValidRange } from 'semver'
import { requireOwn } from './own-modules.js'

let satisfiesFn: typeof Satisfies | undefined
let validRangeFn: typeof ValidRange | undefined

export function isValidRange(range: string): boolean {
  validRangeFn ??= requireOwn<typeof ValidRange>('semver/ranges/valid')
  return validRangeFn(range) !== null
}

/** Whether `version` satisfies `range`; prereleases count, as an operator would expect. */
export function satisfiesRange(version: string, range: string): boolean {
  satisfiesFn ??= requireOwn<typeof Satisfies>('semver/functions/satisfies')
  return satisfiesFn(version, range, { includePrerelease: true })
}
