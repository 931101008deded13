// An ESM-only package target.
export function shout(text) {
  return text.toUpperCase()
}
export const LOUDNESS = 11
