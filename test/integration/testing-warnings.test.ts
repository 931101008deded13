// Issue 26, finding 13: a test of a patch package fails on warnings with their
// full text (assertNoWarnings), and applyHook returns the warnings its hook
// caused, so a wrap that did not take (AUTOWRAPT_WRAP_FAILED) fails an
// in-process test instead of passing it.
import { AssertionError } from 'node:assert'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyHook, assertNoWarnings, runWithHooks } from '../../dist/testing.js'
import { FIXTURES } from '../helpers/node.js'

const requireFixture = createRequire(join(FIXTURES, 'noop.js'))

afterEach(() => vi.restoreAllMocks())

function failure(body: () => void): AssertionError {
  try {
    body()
  } catch (error) {
    if (error instanceof AssertionError) return error
    throw error
  }
  throw new Error('expected an AssertionError')
}

describe('assertNoWarnings', () => {
  it('on runWithHooks: a failing hook fails the assertion with the error and where it was thrown, not only the code', async () => {
    const run = await runWithHooks({ cwd: FIXTURES, script: 'apps/basic.cjs', bootstrap: 'throwing-patches' })
    expect(run.warningCodes).toEqual(['AUTOWRAPT_HOOK_FAILED'])
    const error = failure(() => assertNoWarnings(run))
    expect(error.message).toBe(
      'expected no warnings, got 1:\n' +
        '  [AUTOWRAPT_HOOK_FAILED] autowrapt: hook "throwing-patches" on "target-cjs" (throw.js) threw at throw.js:1:32: Error: hook exploded; the module was loaded unpatched by this hook',
    )
  })

  it('passes a run without warnings', async () => {
    const run = await runWithHooks({ cwd: FIXTURES, script: 'apps/basic.cjs', bootstrap: 'acme-patches' })
    expect(run.warnings).toEqual([])
    expect(() => assertNoWarnings(run)).not.toThrow()
  })
})

describe('applyHook returns the warnings its hook caused', () => {
  it('a wrap of a property that does not exist: AUTOWRAPT_WRAP_FAILED in warnings, and assertNoWarnings fails with its text', () => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    const applied = applyHook({ patchPackage: 'wrap-missing-patches', target: 'target-cjs', cwd: FIXTURES, exports: { ...requireFixture('target-cjs') } })
    expect(applied.warnings.map((w) => w.code)).toEqual(['AUTOWRAPT_WRAP_FAILED'])
    expect(applied.warnings[0]!.type).toBe('AutowraptWarning')
    const error = failure(() => assertNoWarnings(applied))
    expect(error.message).toMatch(/^expected no warnings, got 1:\n {2}\[AUTOWRAPT_WRAP_FAILED\] autowrapt: could not wrap .*greeet/)
    // The warning is still emitted as usual.
    expect(process.emitWarning).toHaveBeenCalledTimes(1)
  })

  it('a hook that wraps what exists returns no warnings', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const applied = applyHook({ patchPackage: 'acme-patches', target: 'target-cjs', cwd: FIXTURES, exports: { ...requireFixture('target-cjs') } })
    expect(applied.warnings).toEqual([])
    expect(() => assertNoWarnings(applied)).not.toThrow()
  })
})
