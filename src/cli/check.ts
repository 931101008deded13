// `autowrapt check [dir]`: validates a patch package before it is published.
// Problems are printed with their JSON paths, one a line; exit 1 if any.
import { resolve } from 'node:path'
import { HELP_OPTION, UsageError, type Command, type ParsedArgs } from './args.js'
import { checkPatchPackage, type CheckResult } from './check-package.js'
import { checkBundle } from './check-bundle.js'
import { ExitCode, plural, print, printJson } from './output.js'
import { problemJson } from './problems.js'

const DEFAULT_TIMEOUT_MS = 10_000

function timeoutFrom(args: ParsedArgs): number {
  const value = args.options.get('timeout')
  if (value === undefined) return DEFAULT_TIMEOUT_MS
  const ms = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(ms) || ms <= 0) {
    throw new UsageError(
      `--timeout takes a whole number of milliseconds, not ${JSON.stringify(value)}`,
      'e.g. "autowrapt check --timeout 20000 ."',
    )
  }
  return ms
}

function title(result: CheckResult): string {
  return `${result.name ?? '(unnamed package)'}${result.version ? `@${result.version}` : ''}`
}

function render(result: CheckResult): void {
  for (const note of result.notes) print(`note: ${note}`)
  // What each entry with a `span` declaration records as an OpenTelemetry span (--json: every entry).
  for (const span of result.spans) if (span.declared) print(`span: ${span.jsonPath} (${span.channel}): ${span.records}`)
  if (result.problems.length === 0) {
    const groups = result.groups > 0 ? `, ${plural(result.groups, 'group')}` : ''
    const tracing = result.tracing > 0 ? `, ${result.tracing} tracing entr${result.tracing === 1 ? 'y' : 'ies'}` : ''
    // Not "OK" without a word when an export could not be read without running the file.
    const unverified =
      result.unverified.length > 0 ? `; ${plural(result.unverified.length, 'export')} not verified without --load-hooks` : ''
    print(
      `autowrapt check: ${title(result)} OK (${plural(result.hooks, 'hook')} in ${plural(result.hookFiles, 'file')}${tracing}${groups}${unverified})`,
    )
    return
  }
  print(`autowrapt check: ${title(result)} (${result.dir})`)
  for (const problem of result.problems) print(`  ${problem.jsonPath}: ${problem.message}`)
  print(`${plural(result.problems.length, 'problem')}`)
}

function runCheck(args: ParsedArgs): number {
  if (args.positionals.length > 1) {
    throw new UsageError(
      `check takes one package directory, not ${args.positionals.length}`,
      'run "autowrapt check <dir>" once per package',
    )
  }
  const bundle = args.options.get('bundle')
  if (typeof bundle === 'string') return checkBundle(resolve(bundle), args.options.has('json'))
  const timeoutMs = timeoutFrom(args)
  const result = checkPatchPackage(resolve(args.positionals[0] ?? '.'), { loadHooks: args.options.has('load-hooks'), timeoutMs })
  if (args.options.has('json')) printJson({ ok: result.problems.length === 0, ...result, problems: result.problems.map(problemJson) })
  else render(result)
  return result.problems.length === 0 ? ExitCode.Ok : ExitCode.Problems
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate a patch package before publishing it',
  usage: 'autowrapt check [--json] [--load-hooks [--timeout <ms>]] [dir]\n       autowrapt check [--json] --bundle <file>',
  options: [
    { name: 'json', description: 'print the result as JSON' },
    {
      name: 'load-hooks',
      description: "run each hook file (the package's code, with your rights) in a child process to check its exports",
    },
    { name: 'bundle', value: '<file>', description: 'show what a bundle built with an autowrapt plugin contains' },
    { name: 'timeout', value: '<ms>', description: `how long loading one hook file may take (default ${DEFAULT_TIMEOUT_MS})` },
    HELP_OPTION,
  ],
  details: [
    'By default check runs no code of the package it checks: hook files are read, not run.',
    'With --load-hooks it RUNS each hook file, in a child process with your rights: use it only',
    'on a package you trust.',
    'Checks the package in dir (default: the working directory): its "autowrapt" field as the',
    'runtime reads it (the rules of the shipped JSON Schema), its version ranges, and that every',
    'hook file exists inside the package, would be published (npm pack --dry-run), and declares',
    'the export it is named by (read from its source; --load-hooks also checks that it is a',
    'function). Tracing entries are checked against the package they name, as installed: the file',
    'exists in that version and a dry run of the transformer finds the function.',
    'Each entry with a "span" declaration is shown with what the OpenTelemetry bridge records',
    '(name, kind, when the span ends, attributes); --json lists every entry.',
    'Exits 1 if there is any problem.',
    'With --bundle, reads the marker an autowrapt bundler plugin left in the file: per hook and',
    'tracing entry, what the build did (docs/bundling.md). Exits 1 if the file has none.',
  ].join('\n'),
  run: runCheck,
}
