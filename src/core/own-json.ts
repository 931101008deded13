// Parsed JSON that holds only its own members. A preload or a dependency with a
// prototype-pollution bug can set Object.prototype.autowrapt (or
// .optionalDependencies); a plain object parsed from package.json would then
// "have" that field. Every object copied here has a null prototype, so a member
// read from it is one the file wrote, at every level (README "Security model").

/** A deep copy of parsed JSON whose objects have no prototype. Throws RangeError on absurd nesting. */
export function ownJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ownJson)
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(value)) copy[key] = ownJson((value as Record<string, unknown>)[key])
  return copy
}

/** The top level of a parsed JSON object as a null-prototype copy (its members' values are left as parsed). */
export function ownTopLevel(value: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, value)
}
