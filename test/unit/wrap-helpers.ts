// Shared by the wrap-*.test.ts files: capture autowrapt warnings without
// printing them, and read back their stable codes.
import { vi } from 'vitest'

export type CapturedWarnings = {
  codes: () => string[]
  messages: () => string[]
}

export function captureWarnings(): CapturedWarnings {
  const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
  return {
    codes: () => spy.mock.calls.map((call) => String((call[1] as { code?: string } | undefined)?.code)),
    messages: () => spy.mock.calls.map((call) => String(call[0])),
  }
}

/** Captures the debug lines autowrapt writes to stderr (needs AUTOWRAPT_DEBUG=1 at import). */
export function captureDebug(): () => string[] {
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  return () => spy.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('AUTOWRAPT '))
}
