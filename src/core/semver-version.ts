// Versions as npm's semver reads them (strict mode) and their order, so that a
// range check needs no semver load. Agreement with semver is property-tested
// (test/unit/semver-range-properties.test.ts).

/** A parsed version; build metadata is dropped, as it never affects order. */
export type Version = { major: number; minor: number; patch: number; pre: string[] }

// semver refuses longer versions outright, whatever they contain.
const MAX_LENGTH = 256

// v-prefix, three numbers, then optional prerelease and build parts whose
// identifiers are checked one by one below.
const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/
const DIGITS = /^\d+$/
const IDENTIFIER = /^[0-9A-Za-z-]+$/

/** A prerelease identifier: digits without a leading zero, or anything with a letter or hyphen. */
export function isPrereleaseIdentifier(id: string): boolean {
  if (!IDENTIFIER.test(id)) return false
  return !DIGITS.test(id) || id === '0' || id[0] !== '0'
}

function numberPart(text: string): number | undefined {
  const n = Number(text)
  return n > Number.MAX_SAFE_INTEGER ? undefined : n
}

/** The version `text` denotes after trimming, or undefined if semver would refuse it. */
export function parseVersion(text: string): Version | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const m = VERSION.exec(text.trim())
  if (m === null) return undefined
  const [major, minor, patch] = [numberPart(m[1]!), numberPart(m[2]!), numberPart(m[3]!)]
  if (major === undefined || minor === undefined || patch === undefined) return undefined
  const pre = m[4] === undefined ? [] : m[4].split('.')
  if (!pre.every(isPrereleaseIdentifier)) return undefined
  if (m[5] !== undefined && !m[5].split('.').every((id) => IDENTIFIER.test(id))) return undefined
  return { major, minor, patch, pre }
}

// Numeric identifiers sort numerically and below alphanumeric ones, which
// sort by code unit. Equal numbers end the comparison, as in semver, even for
// digit strings beyond 2^53 that only compare equal once converted.
function compareIdentifiers(a: string, b: string): number {
  const aNum = DIGITS.test(a)
  const bNum = DIGITS.test(b)
  if (aNum && bNum) {
    const x = Number(a)
    const y = Number(b)
    return x === y ? 0 : x < y ? -1 : 1
  }
  if (aNum !== bNum) return aNum ? -1 : 1
  return a < b ? -1 : 1
}

function comparePrerelease(a: string[], b: string[]): number {
  // A release sorts above all of its prereleases.
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1
  for (let i = 0; ; i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1
    if (x !== y) return compareIdentifiers(x, y)
  }
}

/** -1, 0 or 1 as `a` sorts below, level with or above `b`. */
export function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major < b.major ? -1 : 1
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1
  if (a.patch !== b.patch) return a.patch < b.patch ? -1 : 1
  return comparePrerelease(a.pre, b.pre)
}
