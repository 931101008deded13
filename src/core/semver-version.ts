// Versions as npm's semver reads them (strict mode) and their order, so that a
// range check needs no semver load. Agreement with semver is property-tested
// (test/unit/semver-range-properties.test.ts).

/** A parsed version; build metadata is dropped, as it never affects order. */
export type Version = { major: number; minor: number; patch: number; pre: string[] }

// semver refuses longer versions outright, whatever they contain.
const MAX_LENGTH = 256

// Scanned by hand, not with regular expressions: V8 compiles a regular
// expression natively on its second use, which costs more here than the
// whole scan (a few hundred microseconds at startup, issue 14).
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

function isIdentifierCode(c: number): boolean {
  return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45
}

/** Whether `text` is one or more ASCII digits. */
export function isDigits(text: string): boolean {
  if (text === '') return false
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false
  return true
}

/** A version number: 0, or digits without a leading zero. */
export function isVersionNumber(text: string): boolean {
  return isDigits(text) && (text === '0' || text[0] !== '0')
}

/** A build identifier: one or more letters, digits or hyphens. */
function isIdentifier(id: string): boolean {
  if (id === '') return false
  for (let i = 0; i < id.length; i++) if (!isIdentifierCode(id.charCodeAt(i))) return false
  return true
}

/** A prerelease identifier: a version number, or anything with a letter or hyphen. */
export function isPrereleaseIdentifier(id: string): boolean {
  return isIdentifier(id) && (!isDigits(id) || isVersionNumber(id))
}

/** The version `text` denotes after trimming, or undefined if semver would refuse it. */
export function parseVersion(text: string): Version | undefined {
  if (text.length > MAX_LENGTH) return undefined
  let rest = text.trim()
  if (rest.startsWith('v')) rest = rest.slice(1)
  // Neither the numbers nor a prerelease hold a `+`, nor the numbers a `-`.
  const plus = rest.indexOf('+')
  if (plus !== -1) {
    if (
      !rest
        .slice(plus + 1)
        .split('.')
        .every(isIdentifier)
    )
      return undefined
    rest = rest.slice(0, plus)
  }
  const dash = rest.indexOf('-')
  const pre = dash === -1 ? [] : rest.slice(dash + 1).split('.')
  if (!pre.every(isPrereleaseIdentifier)) return undefined
  const numbers = (dash === -1 ? rest : rest.slice(0, dash)).split('.')
  if (numbers.length !== 3 || !numbers.every(isVersionNumber)) return undefined
  const [major, minor, patch] = numbers.map(Number) as [number, number, number]
  if (major > Number.MAX_SAFE_INTEGER || minor > Number.MAX_SAFE_INTEGER || patch > Number.MAX_SAFE_INTEGER) return undefined
  return { major, minor, patch, pre }
}

// Numeric identifiers sort numerically and below alphanumeric ones, which
// sort by code unit. Equal numbers end the comparison, as in semver, even for
// digit strings beyond 2^53 that only compare equal once converted.
function compareIdentifiers(a: string, b: string): number {
  const aNum = isDigits(a)
  const bNum = isDigits(b)
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
