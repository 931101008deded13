// The autowrapt command line: global options and help, then dispatch to one
// command. Returns the exit code instead of exiting, so output is flushed.
import { UsageError, parseArgs, type Command } from './args.js'
import { checkCommand } from './check.js'
import { envCommand } from './env.js'
import { commandHelp, mainHelp } from './help.js'
import { listCommand } from './list.js'
import { ExitCode, print, reportFailure } from './output.js'
import { packageVersion } from './paths.js'
import { runCommand } from './run.js'

const COMMANDS: readonly Command[] = [listCommand, checkCommand, runCommand, envCommand]
const MAIN_HINT = 'run "autowrapt --help" for the commands and options'

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name)
  if (command !== undefined) return command
  const near = COMMANDS.find((c) => distance(c.name, name) <= 2)
  throw new UsageError(`unknown command "${name}"`, near ? `did you mean "autowrapt ${near.name}"? ${MAIN_HINT}` : MAIN_HINT)
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) {
    process.stderr.write(`${mainHelp(COMMANDS)}\n`)
    return ExitCode.Usage
  }
  if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    print(mainHelp(COMMANDS))
    return ExitCode.Ok
  }
  if (first === 'help') {
    print(commandHelp(findCommand(rest[0]!)))
    return ExitCode.Ok
  }
  if (first === '--version' || first === '-v') {
    print(packageVersion())
    return ExitCode.Ok
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}"`, MAIN_HINT)
  const command = findCommand(first)
  const args = parseArgs(rest, command.options, command.name, command.stopAtPositional)
  if (args.options.has('help')) {
    print(commandHelp(command))
    return ExitCode.Ok
  }
  return await command.run(args)
}

/** Runs the CLI on `argv` (without node and the script) and resolves to the exit code. */
export async function cli(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv)
  } catch (error) {
    return reportFailure(error)
  }
}
