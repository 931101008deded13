import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { ROOT } from '../helpers/node.js'

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

describe('autowrapt help, version and usage errors', () => {
  for (const args of [['--help'], ['-h'], ['help']]) {
    it(`"autowrapt ${args.join(' ')}" prints the commands on stdout and exits 0`, () => {
      const r = runCli(args)
      expect(r.code).toBe(0)
      expect(r.stderr).toBe('')
      expect(r.stdout).toMatch(/^Usage: autowrapt <command> \[options\]/)
      for (const command of ['list', 'check', 'run', 'help']) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
    })
  }

  for (const command of ['list', 'check', 'run']) {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      it(`"autowrapt ${args.join(' ')}" prints the usage and options of ${command}`, () => {
        const r = runCli(args)
        expect(r.code).toBe(0)
        expect(r.stderr).toBe('')
        expect(r.stdout).toMatch(new RegExp(`^Usage: autowrapt ${command} `))
        expect(r.stdout).toContain('--help')
      })
    }
  }

  for (const flag of ['--version', '-v']) {
    it(`"autowrapt ${flag}" prints the version from package.json`, () => {
      const r = runCli([flag])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(`${version}\n`)
    })
  }

  it('no command: the help goes to stderr and the exit code is 2', () => {
    const r = runCli([])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^Usage: autowrapt <command>/)
  })

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['an unknown command, with a suggestion', ['lsit'], /unknown command "lsit"\ndid you mean "autowrapt list"\?/],
    ['an unknown command, without one', ['deploy'], /unknown command "deploy"\nrun "autowrapt --help"/],
    ['an unknown global option', ['--verbose'], /unknown option "--verbose"\nrun "autowrapt --help"/],
    ['an unknown option of a command', ['list', '--jsn'], /unknown option "--jsn" for "autowrapt list"\nrun "autowrapt list --help"/],
    ['a flag given a value', ['list', '--json=yes'], /option --json takes no value/],
    ['an option without its value', ['run', '--bootstrap'], /option --bootstrap needs a value: --bootstrap <names>/],
    ['help for an unknown command', ['help', 'nope'], /unknown command "nope"/],
    ['a timeout that is not a number', ['check', '--timeout', 'soon', '.'], /--timeout takes a whole number of milliseconds, not "soon"/],
    ['two directories for check', ['check', 'a', 'b'], /check takes one package directory, not 2/],
  ]
  for (const [what, args, message] of usageErrors) {
    it(`${what}: an error with a hint on stderr, exit code 2`, () => {
      const r = runCli(args)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^autowrapt: /)
      expect(r.stderr).toMatch(message)
    })
  }
})
