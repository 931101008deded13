// The patch package's tests with node:test: `node --test test/`.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { applyHook, assertNoWarnings, runWithHooks } from 'autowrapt/testing'

const cwd = fileURLToPath(new URL('..', import.meta.url))

test('counts the loggers of a real application, which runs unchanged', async () => {
  const plain = await runWithHooks({ cwd, script: 'app.cjs', bootstrap: 'pino-count', preload: 'none' })
  const run = await runWithHooks({ cwd, script: 'app.cjs', bootstrap: 'pino-count' })
  assert.equal(run.code, 0)
  assert.equal(run.stdout, plain.stdout)
  assertNoWarnings(run) // on failure, prints each warning's full text
  assert.match(run.stderr, /^\[pino-count\] pino \d+\.\d+\.\d+: 2 loggers \(app, audit\)$/m)
  assert.equal(run.entries('pino', 'pino-count')[0].outcome, 'fired')
})

test('the hook keeps pino\'s statics, in-process', () => {
  const applied = applyHook({ cwd, patchPackage: 'pino-count', target: 'pino' })
  assertNoWarnings(applied) // a wrap that did not take (AUTOWRAPT_WRAP_FAILED) fails here
  const { exports: pino, info } = applied
  assert.equal(info.name, 'pino')
  assert.equal(typeof pino.destination, 'function')
  assert.equal(pino.pino, pino)
  assert.equal(pino.default, pino)
})
