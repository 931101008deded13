// The same tests with vitest: `npx vitest run`.
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { applyHook, assertNoWarnings, runWithHooks } from 'autowrapt/testing'

const cwd = fileURLToPath(new URL('..', import.meta.url))

test('counts the loggers of a real application, which runs unchanged', async () => {
  const plain = await runWithHooks({ cwd, script: 'app.cjs', bootstrap: 'pino-count', preload: 'none' })
  const run = await runWithHooks({ cwd, script: 'app.cjs', bootstrap: 'pino-count' })
  expect(run.code).toBe(0)
  expect(run.stdout).toBe(plain.stdout)
  assertNoWarnings(run) // on failure, prints each warning's full text
  expect(run.stderr).toMatch(/^\[pino-count\] pino \d+\.\d+\.\d+: 2 loggers \(app, audit\)$/m)
  expect(run.entries('pino', 'pino-count')).toEqual([expect.objectContaining({ outcome: 'fired' })])
})

test('the hook keeps pino\'s statics, in-process', () => {
  const applied = applyHook({ cwd, patchPackage: 'pino-count', target: 'pino' })
  assertNoWarnings(applied) // a wrap that did not take (AUTOWRAPT_WRAP_FAILED) fails here
  const { exports: pino } = applied
  expect(pino.destination).toBeTypeOf('function')
  expect(pino.pino).toBe(pino)
  expect(pino.default).toBe(pino)
})
