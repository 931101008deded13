// examples/pino-count: a patch package for pino tested through autowrapt/testing,
// with the node:test and vitest files docs/testing.md shows, run as written.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { ROOT, forEachNode } from '../helpers/node.js'

const cwd = join(ROOT, 'examples/pino-count')
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1' }

forEachNode((node) => {
  describe('examples/pino-count', () => {
    it('the application runs unchanged and the patch package counts its loggers', async () => {
      const r = await runWithHooks({ node: node.path, cwd, script: 'app.cjs', bootstrap: 'pino-count' })
      expect(r.code).toBe(0)
      expect(r.warningCodes).toEqual([])
      expect(r.stdout).toBe('{"level":30,"msg":"started"}\n{"level":40,"msg":"login"}\n')
      expect(r.stderr).toMatch(/^\[pino-count\] pino 10\.\d+\.\d+: 2 loggers \(app, audit\)$/m)
    })

    it('its node:test file passes (node --test)', () => {
      const r = spawnSync(node.path, ['--test', '--test-reporter=tap', 'test/count.node-test.mjs'], { cwd, env, encoding: 'utf8', timeout: 60_000 })
      expect(r.stdout).toMatch(/^# pass 2$/m)
      expect(r.stdout).toMatch(/^# fail 0$/m)
      expect(r.status).toBe(0)
    })
  })
})

describe('examples/pino-count with vitest', () => {
  it('its vitest file passes (vitest run)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/count.test.mjs'], { cwd, env, encoding: 'utf8', timeout: 120_000 })
    expect(r.stdout).toMatch(/Tests\s+2 passed \(2\)/)
    expect(r.status).toBe(0)
  })
})
