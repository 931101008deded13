import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkMainEntryPreload, preloadedModules } from '../../src/core/preload-check.js'

afterEach(() => vi.restoreAllMocks())

describe('preloading the library instead of autowrapt/register', () => {
  it('reads --import x, --import=x, --require x, -r x and quoted values', () => {
    expect(preloadedModules(['--import', 'a', '--import=b', '--require', 'c', '-r', '"d"', '--no-warnings', '--loader=e'])).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('warns AUTOWRAPT_WRONG_ENTRY only when "autowrapt" is preloaded and autowrapt/register is not', () => {
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
    checkMainEntryPreload({ AUTOWRAPT_BOOTSTRAP: 'x', NODE_OPTIONS: '--import autowrapt' }, [])
    checkMainEntryPreload({ AUTOWRAPT_BOOTSTRAP: 'x', NODE_OPTIONS: '--import autowrapt/register' }, ['--import', 'autowrapt'])
    checkMainEntryPreload({ AUTOWRAPT_BOOTSTRAP: 'x' }, ['--require', '/abs/node_modules/autowrapt/register.cjs', '--import', 'autowrapt'])
    checkMainEntryPreload({ AUTOWRAPT_BOOTSTRAP: 'x' }, ['--import', 'autowrapt/wrap'])
    expect(spy.mock.calls.map((c) => (c[1] as { code: string }).code)).toEqual(['AUTOWRAPT_WRONG_ENTRY'])
  })
})
