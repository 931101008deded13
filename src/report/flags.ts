// The one vocabulary for on/off environment flags (AUTOWRAPT_DEBUG,
// AUTOWRAPT_STRICT, AUTOWRAPT_REPORT): empty, 0, false, no and off are off.

/** Spellings of "on" (AUTOWRAPT_REPORT takes them as "print to stderr", not as a file name). */
export const TRUE_WORDS: ReadonlySet<string> = new Set(['1', 'true', 'yes', 'on'])
const FALSE_WORDS: ReadonlySet<string> = new Set(['', '0', 'false', 'no', 'off'])

export function isTruthyFlag(value: string | undefined): boolean {
  if (value === undefined) return false
  return !FALSE_WORDS.has(value.trim().toLowerCase())
}
