// `autowrapt list [names...]`: what AUTOWRAPT_BOOTSTRAP (or the names given)
// would apply, found from the working directory, with every problem the
// runtime would warn about. Exit 1 when any name has a problem.
import { parseNameList } from '../core/config.js'
import { HELP_OPTION, UsageError, type Command, type ParsedArgs } from './args.js'
import { listName, type ListedName } from './list-model.js'
import { describeInstalled } from './installed-target.js'
import { ExitCode, columns, plural, print, printJson } from './output.js'
import { problemJson } from './problems.js'

const KIND_LABEL: Record<ListedName['kind'], string> = {
  package: 'package',
  'package-group': 'group of a package',
  group: "group across the application's dependencies",
  invalid: 'invalid name',
  unreadable: 'installed package whose package.json is not valid JSON',
}

function namesFrom(args: ParsedArgs): string[] {
  const names = parseNameList(args.positionals.join(','))
  if (names.length > 0) return names
  const fromEnv = parseNameList(process.env.AUTOWRAPT_BOOTSTRAP)
  if (fromEnv.length > 0) return fromEnv
  throw new UsageError(
    'nothing to list: no names given and AUTOWRAPT_BOOTSTRAP is not set',
    'name patch packages or groups, e.g. "autowrapt list acme-patches", or set AUTOWRAPT_BOOTSTRAP',
  )
}

function renderName(entry: ListedName): string[] {
  const found = entry.kind !== 'group' || entry.packages.length > 0
  const lines = [`${entry.name} (${found ? KIND_LABEL[entry.kind] : 'not found'})`]
  for (const pkg of entry.packages) {
    lines.push(`  package ${pkg.name}@${pkg.version ?? '(no version)'}  ${pkg.dir}`)
    lines.push(`    groups: ${pkg.groups.join(', ') || 'none'}`)
  }
  if (entry.hooks.length > 0) {
    lines.push(`  hooks:`)
    const multi = entry.packages.length > 1
    lines.push(
      ...columns(
        entry.hooks.map((h) => [
          h.target,
          h.versions ?? 'any version',
          describeInstalled(h),
          `${h.file}${h.export ? `#${h.export}` : ''}`,
          ...(multi ? [`(${h.package})`] : []),
        ]),
        '    ',
      ),
    )
  } else if (entry.packages.length > 0) {
    lines.push('  hooks: none')
  }
  if (entry.tracing.length > 0) lines.push('  tracing:', ...tracingLines(entry))
  for (const problem of entry.problems) lines.push(`  problem [${problem.code}] ${problem.message}`)
  return lines
}

function tracingLines(entry: ListedName): string[] {
  const multi = entry.packages.length > 1
  const rows = columns(
    entry.tracing.map((t) => [
      `${t.module}/${t.filePath}`,
      t.versionRange ?? 'any version',
      t.query,
      t.channel,
      t.installed === null
        ? `(not installed${t.didYouMean === null ? '' : `; did you mean "${t.didYouMean}"?`})`
        : t.fileExists
          ? `installed ${t.installed}`
          : `installed ${t.installed}, file missing`,
      ...(multi ? [`(${t.package})`] : []),
    ]),
    '    ',
  )
  // Once per traced package: the files the application loads, which an entry must name.
  const loads = new Map(entry.tracing.flatMap((t) => (t.loads === null ? [] : [[`${t.module}@${t.installed}`, t.loads] as const])))
  return [...rows, ...[...loads].map(([pkg, files]) => `    ${pkg} loads: ${files}`)]
}

function runList(args: ParsedArgs): number {
  const names = namesFrom(args)
  // Only the working directory: process.argv[1] is this CLI, not the application.
  const listed = names.map((name) => listName(name, [process.cwd()]))
  const problems = listed.reduce((n, entry) => n + entry.problems.length, 0)
  if (args.options.has('json')) {
    printJson({ ok: problems === 0, names: listed.map((entry) => ({ ...entry, problems: entry.problems.map(problemJson) })) })
  } else {
    for (const entry of listed) print(renderName(entry).join('\n') + '\n')
    const packages = new Set(listed.flatMap((e) => e.packages.map((p) => p.dir))).size
    const hooks = listed.reduce((n, e) => n + e.hooks.length, 0)
    const tracing = listed.reduce((n, e) => n + e.tracing.length, 0)
    const traced = tracing > 0 ? `, ${tracing} tracing entr${tracing === 1 ? 'y' : 'ies'}` : ''
    print(
      `${plural(names.length, 'name')}, ${plural(packages, 'package')}, ${plural(hooks, 'hook')}${traced}, ${plural(problems, 'problem')}`,
    )
  }
  return problems === 0 ? ExitCode.Ok : ExitCode.Problems
}

export const listCommand: Command = {
  name: 'list',
  summary: 'show the patch packages, groups and hooks that names resolve to, and their problems',
  usage: 'autowrapt list [--json] [names...]',
  options: [{ name: 'json', description: 'print the result as JSON' }, HELP_OPTION],
  details: [
    'Names are package names, <package>:<group> or group names, as in AUTOWRAPT_BOOTSTRAP',
    '(space- or comma-separated); without names, AUTOWRAPT_BOOTSTRAP is listed.',
    'Packages are found from the working directory. Hook files are checked (they exist and',
    'stay inside their package) but never loaded. Each hook shows the installed version of its',
    'target and whether its range admits it (matches, skipped-version, not installed).',
    'Exits 1 if any name has a problem.',
  ].join('\n'),
  run: runList,
}
