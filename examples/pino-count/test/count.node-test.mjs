// The patch package's tests with node:test: `node --test test/`.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { applyHook, runWithHooks } from 'autowrapt/testing'

const cwd = fileURLToPath(new URL('..', import.meta.url))

test('counts the loggers of a real application, which runs unchanged', async () => {
  const plain = await runWithHooks({ cwd, script: 'app.cjs', bootstrap: 'pino-count', preload: 'none' })
  const run = await runWithHooks({ cwd, script: 'app.cjs', bootstrap: 'pino-count' })
  assert.equal(run.code, 0)
  assert.equal(run.stdout, plain.stdout)
  assert.deepEqual(run.warningCodes, [])
  assert.match(run.stderr, /^\[pino-count\] pino \d+\.\d+\.\d+: 2 loggers \(app, audit\)$/m)
  assert.equal(run.entries('pino', 'pino-count')[0].outcome, 'fired')
})

test('the hook keeps pino\'s statics, in-process', () => {
  const { exports: pino, info } = applyHook({ cwd, patchPackage: 'pino-count', target: 'pino' })
  assert.equal(info.name, 'pino')
  assert.equal(typeof pino.destination, 'function')
  assert.equal(pino.pino, pino)
  assert.equal(pino.default, pino)
})
