// Command-line parsing shared by every command: long and short options, with
// or without a value, `--` to end options. Our own few lines instead of
// util.parseArgs so that each mistake gets a message that says what to do.

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
  constructor(message: string, readonly hint: string) {
    super(message)
  }
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'show this help' }

function findOption(arg: string, specs: readonly OptionSpec[]): { spec: OptionSpec; inline: string | undefined } | undefined {
  if (arg.startsWith('--')) {
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    const spec = specs.find((s) => s.name === name)
    return spec && { spec, inline: eq === -1 ? undefined : arg.slice(eq + 1) }
  }
  const spec = specs.find((s) => s.short === arg[1])
  if (spec === undefined) return undefined
  return { spec, inline: arg.length > 2 ? arg.slice(2) : undefined }
}

/**
 * Parses `argv` (the words after the command name) against `specs`.
 * Throws a UsageError for an unknown option or a missing or unexpected value.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string, stopAtPositional = false): ParsedArgs {
  const options = new Map<string, string | true>()
  const positionals: string[] = []
  const hint = `run "autowrapt ${command} --help" for the options`
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return { options, positionals, rest: argv.slice(i + 1) }
    if (!arg.startsWith('-') || arg === '-') {
      if (stopAtPositional) return { options, positionals, rest: argv.slice(i) }
      positionals.push(arg)
      continue
    }
    const found = findOption(arg, specs)
    if (found === undefined) throw new UsageError(`unknown option "${arg}" for "autowrapt ${command}"`, hint)
    const { spec, inline } = found
    if (spec.value === undefined) {
      if (inline !== undefined) throw new UsageError(`option --${spec.name} takes no value`, hint)
      options.set(spec.name, true)
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined || (inline === undefined && value.startsWith('-'))) {
      throw new UsageError(`option --${spec.name} needs a value: --${spec.name} ${spec.value}`, hint)
    }
    options.set(spec.name, value)
  }
  return { options, positionals, rest: undefined }
}
