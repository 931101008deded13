import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError, type OptionSpec } from '../../src/cli/args.js'

const SPECS: OptionSpec[] = [
  { name: 'json', description: 'flag' },
  { name: 'bootstrap', short: 'b', value: '<names>', description: 'value' },
  { name: 'help', short: 'h', description: 'help' },
]
const parse = (argv: string[], stop = false) => {
  const r = parseArgs(argv, SPECS, 'test', stop)
  return { options: Object.fromEntries(r.options), positionals: r.positionals, rest: r.rest }
}
const mistake = (argv: string[]) => {
  try {
    parse(argv)
  } catch (error) {
    return error instanceof UsageError ? `${error.message} | ${error.hint}` : String(error)
  }
  return 'no error'
}

describe('command-line options', () => {
  it('take values inline or as the next word, long or short', () => {
    expect(parse(['--bootstrap=a,b', 'x'])).toEqual({ options: { bootstrap: 'a,b' }, positionals: ['x'], rest: undefined })
    expect(parse(['--bootstrap', 'a', '-h'])).toEqual({ options: { bootstrap: 'a', help: true }, positionals: [], rest: undefined })
    expect(parse(['-ba', '--json'])).toEqual({ options: { bootstrap: 'a', json: true }, positionals: [], rest: undefined })
    expect(parse(['-b', 'a'])).toEqual({ options: { bootstrap: 'a' }, positionals: [], rest: undefined })
  })

  it('end at "--", or at the first positional when the command runs a command line', () => {
    expect(parse(['--json', '--', '--bootstrap', 'x'])).toEqual({ options: { json: true }, positionals: [], rest: ['--bootstrap', 'x'] })
    expect(parse(['-b', 'a', 'node', 'app.js', '--json'], true)).toEqual({ options: { bootstrap: 'a' }, positionals: [], rest: ['node', 'app.js', '--json'] })
    expect(parse(['a', '-', '--json'])).toEqual({ options: { json: true }, positionals: ['a', '-'], rest: undefined })
  })

  it('each mistake is a usage error that says what to do', () => {
    expect(mistake(['--jsn'])).toBe('unknown option "--jsn" for "autowrapt test" | run "autowrapt test --help" for the options')
    expect(mistake(['-x'])).toBe('unknown option "-x" for "autowrapt test" | run "autowrapt test --help" for the options')
    expect(mistake(['--json=yes'])).toMatch(/^option --json takes no value \|/)
    expect(mistake(['--bootstrap'])).toMatch(/^option --bootstrap needs a value: --bootstrap <names> \|/)
    expect(mistake(['--bootstrap', '--json'])).toMatch(/^option --bootstrap needs a value/)
    expect(mistake(['--bootstrap=--json'])).toBe('no error')
  })
})
