// Warnings for tests: what autowrapt said while applyHook ran (in this
// process), and one assertion whose failure message is the warnings' full text
// (the code alone, AUTOWRAPT_HOOK_FAILED, says neither the error nor where).
import { AssertionError } from 'node:assert'
import type { ChildWarning } from './output.js'

type EmitWarning = typeof process.emitWarning

function warningOf(warning: string | Error, args: unknown[]): ChildWarning | undefined {
  const [first, second] = args
  const options = typeof first === 'object' && first !== null ? (first as { code?: unknown; type?: unknown }) : undefined
  const code = options ? options.code : second
  const type = options ? options.type : first
  if (typeof code !== 'string') return undefined
  const message = typeof warning === 'string' ? warning : warning.message
  return { code, type: typeof type === 'string' ? type : typeof warning === 'string' ? 'Warning' : warning.name, message }
}

/** Runs `body`, recording every coded warning emitted meanwhile (they are still emitted as usual). */
export function recordWarnings<T>(body: () => T): { result: T; warnings: ChildWarning[] } {
  const warnings: ChildWarning[] = []
  const original = process.emitWarning
  const recording = function (this: unknown, warning: string | Error, ...args: unknown[]) {
    const recorded = warningOf(warning, args)
    if (recorded !== undefined) warnings.push(recorded)
    return (original as (...a: unknown[]) => void).call(this, warning, ...args)
  }
  process.emitWarning = recording as EmitWarning
  try {
    return { result: body(), warnings }
  } finally {
    // Only our own replacement is undone: a hook that replaced it keeps its own.
    if (process.emitWarning === (recording as EmitWarning)) process.emitWarning = original
  }
}

/**
 * Fails (an AssertionError) when `result` carries any warning, and its message
 * is every warning's code and full text. Takes what runWithHooks resolves with
 * or what applyHook returns.
 *
 * @example
 * const run = await runWithHooks({ cwd, script: 'app.cjs', bootstrap: 'pino-count' })
 * assertNoWarnings(run)
 * // AssertionError: expected no warnings, got 1:
 * //   [AUTOWRAPT_HOOK_FAILED] autowrapt: hook "pino-count" on "pino" (hooks/pino.js) threw at hooks/pino.js:2:9: TypeError: ...
 */
export function assertNoWarnings(result: { readonly warnings: readonly ChildWarning[] }): void {
  const warnings = result.warnings
  if (warnings.length === 0) return
  const lines = warnings.map((w) => `  [${w.code}] ${w.message}`)
  throw new AssertionError({
    message: `expected no warnings, got ${warnings.length}:\n${lines.join('\n')}`,
    actual: warnings.map((w) => w.code),
    expected: [],
    operator: 'assertNoWarnings',
    stackStartFn: assertNoWarnings,
  })
}
