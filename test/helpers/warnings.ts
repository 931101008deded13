// Capturing autowrapt's warnings in process (unit tests), without printing
// them. Restore with vi.restoreAllMocks() in afterEach.
import { vi } from 'vitest'

export type CapturedWarnings = {
  /** Warning codes, in order. */
  codes: () => string[]
  /** Warning messages, in order. */
  messages: () => string[]
  /** [code, message] pairs, in order. */
  pairs: () => Array<[string, string]>
}

export function captureWarnings(): CapturedWarnings {
  const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
  const pairs = () => spy.mock.calls.map((call): [string, string] => [String((call[1] as { code?: string } | undefined)?.code), String(call[0])])
  return {
    codes: () => pairs().map(([code]) => code),
    messages: () => pairs().map(([, message]) => message),
    pairs,
  }
}

/** Captures the debug lines autowrapt writes to stderr (needs AUTOWRAPT_DEBUG=1 at import). */
export function captureDebug(): () => string[] {
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  return () => spy.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('AUTOWRAPT '))
}
