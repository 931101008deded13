// Help texts, built from the command definitions so they cannot drift.
import type { Command, OptionSpec } from './args.js'
import { columns } from './output.js'

function optionRows(options: readonly OptionSpec[]): string[][] {
  return options.map((o) => [`${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`, o.description])
}

export function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    '',
    `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'Options:',
    ...columns(optionRows(command.options), '  '),
    '',
    command.details,
  ].join('\n')
}

export function mainHelp(commands: readonly Command[]): string {
  return [
    'Usage: autowrapt <command> [options]',
    '',
    'Post-import hooks for Node.js, switched on by AUTOWRAPT_BOOTSTRAP.',
    '',
    'Commands:',
    ...columns([...commands.map((c) => [c.name, c.summary]), ['help [command]', 'show help for a command']], '  '),
    '',
    'Options:',
    ...columns(
      [
        ['-h, --help', 'show this help'],
        ['-v, --version', 'print the version of autowrapt'],
      ],
      '  ',
    ),
    '',
    'Run "autowrapt <command> --help" for the options of a command.',
    'The field schema for editors: autowrapt/schema.json (schema/autowrapt.schema.json).',
  ].join('\n')
}
