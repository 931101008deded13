import { describe, expect, it } from 'vitest'
import { extendNodeOptions, runEnvironment } from '../../src/cli/run-env.js'

const REGISTER = '/opt/my tools/node_modules/autowrapt/register.cjs'
const URL = 'file:///opt/my%20tools/node_modules/autowrapt/register.cjs'

describe('the environment of "autowrapt run"', () => {
  it('appends the register entry as a file URL, which needs no quoting even with spaces', () => {
    expect(extendNodeOptions(undefined, REGISTER)).toBe(`--import ${URL}`)
    expect(extendNodeOptions('  --enable-source-maps ', REGISTER)).toBe(`--enable-source-maps --import ${URL}`)
  })

  it('does not add the entry when NODE_OPTIONS already preloads it by specifier, path or URL', () => {
    for (const options of ['--import autowrapt/register', '-r autowrapt/register', '--require=autowrapt/register', `--import=${URL}`, `--import ${URL} --trace-warnings`, '--require /srv/register.cjs --import autowrapt/register']) {
      expect(extendNodeOptions(options, REGISTER)).toBe(options)
    }
  })

  it('takes AUTOWRAPT_BOOTSTRAP from --bootstrap, else from the environment, and refuses to run with neither', () => {
    expect(runEnvironment({ AUTOWRAPT_BOOTSTRAP: 'a' }, { bootstrap: undefined, report: false }, REGISTER)).toMatchObject({ AUTOWRAPT_BOOTSTRAP: 'a' })
    expect(runEnvironment({ AUTOWRAPT_BOOTSTRAP: 'a' }, { bootstrap: 'b', report: true }, REGISTER)).toMatchObject({ AUTOWRAPT_BOOTSTRAP: 'b', AUTOWRAPT_REPORT: '1' })
    expect(runEnvironment({}, { bootstrap: undefined, report: false }, REGISTER)).toMatch(/AUTOWRAPT_BOOTSTRAP is not set/)
    expect(runEnvironment({ AUTOWRAPT_BOOTSTRAP: ' , ' }, { bootstrap: undefined, report: false }, REGISTER)).toMatch(/AUTOWRAPT_BOOTSTRAP is not set/)
  })
})
