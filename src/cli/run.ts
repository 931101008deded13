// `autowrapt run [--bootstrap names] [--report] -- <command...>`: runs a
// command with autowrapt preloaded into every Node process it starts (through
// NODE_OPTIONS, which child processes inherit too), and exits as it exits.
import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { HELP_OPTION, UsageError, type Command, type ParsedArgs } from './args.js'
import { ExitCode, printError } from './output.js'
import { REGISTER_PATH } from './paths.js'
import { runEnvironment } from './run-env.js'

// Signals sent to this process alone are passed on. SIGINT is not: Ctrl-C
// already reaches the whole foreground process group, and a second SIGINT
// would make many servers skip their graceful shutdown.
const FORWARDED: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGQUIT']

function exitLike(signal: NodeJS.Signals): number {
  // Re-raise so our parent sees the same death; 128+n is the shell's convention if that does not end us.
  process.kill(process.pid, signal)
  return 128 + (constants.signals[signal] ?? 0)
}

function runWithAutowrapt(args: ParsedArgs): Promise<number> {
  const command = args.rest ?? []
  if (command.length === 0) {
    throw new UsageError('no command to run', 'put the command after "--": autowrapt run --bootstrap acme-patches -- node app.js')
  }
  const bootstrap = args.options.get('bootstrap')
  const env = runEnvironment(
    process.env,
    { bootstrap: typeof bootstrap === 'string' ? bootstrap : undefined, report: args.options.has('report') },
    REGISTER_PATH,
  )
  if (typeof env === 'string') throw new UsageError(env, 'pass --bootstrap <names> or set AUTOWRAPT_BOOTSTRAP')
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    const ignoreInterrupt = () => {}
    for (const signal of FORWARDED) process.on(signal, forward)
    process.on('SIGINT', ignoreInterrupt)
    const stopListening = () => {
      for (const signal of FORWARDED) process.off(signal, forward)
      process.off('SIGINT', ignoreInterrupt)
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      stopListening()
      printError(error.code === 'ENOENT' ? `command not found: ${command[0]}` : `could not run ${command[0]}: ${error.message}`)
      resolve(error.code === 'ENOENT' ? 127 : 126)
    })
    child.on('exit', (code, signal) => {
      stopListening()
      resolve(signal ? exitLike(signal) : (code ?? ExitCode.Problems))
    })
  })
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a command with autowrapt and the named patch packages switched on',
  usage: 'autowrapt run [--bootstrap <names>] [--report] -- <command> [args...]',
  options: [
    { name: 'bootstrap', short: 'b', value: '<names>', description: 'patch packages and groups to apply (default: AUTOWRAPT_BOOTSTRAP)' },
    { name: 'report', description: "set AUTOWRAPT_REPORT=1 in the command's environment" },
    HELP_OPTION,
  ],
  details: [
    'Adds "--import <this package\'s register.cjs>" to NODE_OPTIONS (kept otherwise, and not',
    'added twice) and sets AUTOWRAPT_BOOTSTRAP, so every Node process the command starts is',
    "patched. Exits with the command's exit code, or dies of the same signal.",
  ].join('\n'),
  stopAtPositional: true,
  run: runWithAutowrapt,
}
