// `autowrapt env [--bootstrap names] [--json]`: the environment that switches
// autowrapt on, with NODE_OPTIONS naming this installation's register.cjs by
// absolute file URL. An exported NODE_OPTIONS="--import autowrapt/register"
// breaks every node and npm started where autowrapt cannot be resolved
// (ERR_MODULE_NOT_FOUND); an absolute URL resolves from anywhere.
import { parseNameList } from '../core/config.js'
import { HELP_OPTION, type Command, type ParsedArgs } from './args.js'
import { ExitCode, print, printJson } from './output.js'
import { REGISTER_PATH } from './paths.js'
import { extendNodeOptions } from './run-env.js'
import { preloadedModules } from '../core/preload-check.js'

const PRELOAD_FLAGS = new Set(['--import', '--require', '-r'])
// Bare specifiers resolve from the working directory, which is the pitfall.
const BARE = new Set(['autowrapt/register', 'autowrapt'])

/** NODE_OPTIONS without preloads of autowrapt by bare specifier, then with this register.cjs by absolute URL. */
export function safeNodeOptions(nodeOptions: string | undefined, registerPath: string): string {
  const tokens = (nodeOptions ?? '').split(/\s+/).filter(Boolean)
  const kept: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const pair = PRELOAD_FLAGS.has(token) && i + 1 < tokens.length ? [token, tokens[i + 1]!] : [token]
    const [module] = preloadedModules(pair)
    if (module !== undefined && BARE.has(module)) {
      i += pair.length - 1
      continue
    }
    kept.push(token)
  }
  return extendNodeOptions(kept.join(' '), registerPath)
}

/** POSIX shell single quotes: safe for `eval "$(autowrapt env)"`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

function runEnv(args: ParsedArgs): number {
  const option = args.options.get('bootstrap')
  const bootstrap = parseNameList(typeof option === 'string' ? option : process.env.AUTOWRAPT_BOOTSTRAP).join(',')
  const env: Record<string, string> = { NODE_OPTIONS: safeNodeOptions(process.env.NODE_OPTIONS, REGISTER_PATH) }
  if (bootstrap !== '') env.AUTOWRAPT_BOOTSTRAP = bootstrap
  if (args.options.has('json')) printJson(env)
  else for (const [name, value] of Object.entries(env)) print(`export ${name}=${shellQuote(value)}`)
  return ExitCode.Ok
}

export const envCommand: Command = {
  name: 'env',
  summary: 'print NODE_OPTIONS (and AUTOWRAPT_BOOTSTRAP) that preload this autowrapt by absolute path',
  usage: 'autowrapt env [--bootstrap <names>] [--json]',
  options: [
    { name: 'bootstrap', short: 'b', value: '<names>', description: 'patch packages and groups to apply (default: AUTOWRAPT_BOOTSTRAP)' },
    { name: 'json', description: 'print the variables as a JSON object (for container and CI settings)' },
    HELP_OPTION,
  ],
  details: [
    'Prints shell "export" lines: eval "$(npx autowrapt env --bootstrap acme-patches)".',
    'NODE_OPTIONS keeps its other options; a preload of autowrapt by bare specifier',
    '("autowrapt/register") is replaced by this installation\'s register.cjs as a file URL,',
    'which every node process can load from any directory, unlike the bare specifier.',
  ].join('\n'),
  run: runEnv,
}
