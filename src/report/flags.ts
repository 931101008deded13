// The one vocabulary for on/off environment flags (AUTOWRAPT_DEBUG,
// AUTOWRAPT_STRICT, AUTOWRAPT_REPORT): empty, 0, false, no and off are off.
export function isTruthyFlag(value: string | undefined): boolean {
  if (value === undefined) return false
  const v = value.trim().toLowerCase()
  return v !== '' && v !== '0' && v !== 'false' && v !== 'no' && v !== 'off'
}
