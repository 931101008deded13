// Writing results and errors. Results (listings, check reports, --json) go to
// stdout; mistakes in how the CLI was called and failures of the CLI itself go
// to stderr, so `--json` output stays parseable.
import { UsageError } from './args.js'

export const ExitCode = { Ok: 0, Problems: 1, Usage: 2 } as const

export function print(text = ''): void {
  process.stdout.write(`${text}\n`)
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

export function printError(message: string, hint?: string): void {
  process.stderr.write(`autowrapt: ${message}\n${hint ? `${hint}\n` : ''}`)
}

/** Reports an error thrown by a command and returns the exit code for it. */
export function reportFailure(error: unknown): number {
  if (error instanceof UsageError) {
    printError(error.message, error.hint)
    return ExitCode.Usage
  }
  printError(error instanceof Error ? error.message : String(error))
  return ExitCode.Problems
}

/** Left-aligned columns, two spaces apart; the last column is not padded. */
export function columns(rows: ReadonlyArray<readonly string[]>, indent = ''): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
  )
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
