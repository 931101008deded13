// Command-line parsing shared by every command: long and short options, with
// or without a value, `--` to end options.
import { parseArgs as utilParseArgs } from 'node:util'

export type OptionSpec = {
  readonly name: string
  readonly short?: string
  /** Placeholder for the option's value in help (`<names>`); absent for a flag. */
  readonly value?: string
  readonly description: string
}

export type ParsedArgs = {
  readonly options: ReadonlyMap<string, string | true>
  readonly positionals: readonly string[]
  /** What follows `--` (or, with `stopAtPositional`, the first positional and after); undefined when absent. */
  readonly rest: readonly string[] | undefined
}

export type Command = {
  readonly name: string
  readonly summary: string
  readonly usage: string
  readonly options: readonly OptionSpec[]
  /** Further help text, after the options. */
  readonly details: string
  /** Options end at the first positional, which starts a command line to run. */
  readonly stopAtPositional?: boolean
  readonly run: (args: ParsedArgs) => number | Promise<number>
}

/** A mistake in how the CLI was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message)
  }
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'show this help' }

/**
 * Parses `argv` (the words after the command name) against `specs`, with
 * Node's util.parseArgs doing the tokenising (`--name=value`, `-abc`, `--`).
 * Its tokens, not its strict mode, decide the errors, so that each mistake
 * gets a UsageError that says what to do, and so that options can end at the
 * first positional (`autowrapt run ... node app.js --flag`).
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string, stopAtPositional = false): ParsedArgs {
  const options = new Map<string, string | true>()
  const positionals: string[] = []
  const hint = `run "autowrapt ${command} --help" for the options`
  const config = Object.fromEntries(
    specs.map((s) => [s.name, { type: s.value === undefined ? 'boolean' : 'string', ...(s.short ? { short: s.short } : {}) } as const]),
  )
  const { tokens } = utilParseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true })
  for (const token of tokens) {
    if (token.kind === 'option-terminator') return { options, positionals, rest: argv.slice(token.index + 1) }
    if (token.kind === 'positional') {
      if (stopAtPositional) return { options, positionals, rest: argv.slice(token.index) }
      positionals.push(token.value)
      continue
    }
    const spec = specs.find((s) => s.name === token.name)
    if (spec === undefined) throw new UsageError(`unknown option "${token.rawName}" for "autowrapt ${command}"`, hint)
    if (spec.value === undefined) {
      if (token.value !== undefined) throw new UsageError(`option --${spec.name} takes no value`, hint)
      options.set(spec.name, true)
      continue
    }
    // parseArgs takes the next word as the value even when it looks like an option.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      throw new UsageError(`option --${spec.name} needs a value: --${spec.name} ${spec.value}`, hint)
    }
    options.set(spec.name, token.value)
  }
  return { options, positionals, rest: undefined }
}
