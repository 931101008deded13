import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { ROOT, forEachNode } from '../helpers/node.js'

const cwd = join(ROOT, 'examples/express-routes')

forEachNode((node) => {
  describe('examples/express-routes: the real express package, with a version range', () => {
    it('records each matched route pattern and its timing; the legacy package is skipped by its range, and the report says so', async () => {
      const plain = await runWithHooks({ node: node.path, script: 'app.cjs', cwd, bootstrap: 'express-routes', preload: 'none' })
      const r = await runWithHooks({ node: node.path, script: 'app.cjs', cwd, bootstrap: ['express-routes', 'express-routes-legacy'] })
      expect(r.code).toBe(0)
      expect(r.warningCodes).toEqual([])
      expect(r.stdout).toBe(plain.stdout)
      expect(plain.stdout.split('\n').slice(0, 4)).toEqual(['GET /users/42 200 {"id":"42"}', 'GET /users/7 200 {"id":"7"}', 'POST /users 201 {"created":"ada"}', 'GET /health 200 ok'])
      const routes = r.stderr.split('\n').filter((l) => l.startsWith('[express-routes]')).map((l) => l.replace(/ [\d.]+ms$/, ' Nms').replace(/express \d+\.\d+\.\d+/, 'express X'))
      expect(routes).toEqual([
        '[express-routes] instrumenting express X',
        '[express-routes] GET /users/:id 200 Nms',
        '[express-routes] GET /users/:id 200 Nms',
        '[express-routes] POST /users 201 Nms',
        '[express-routes] GET /health 200 Nms',
      ])
      const [fired, legacy] = [r.entries('express', 'express-routes'), r.entries('express', 'express-routes-legacy')]
      expect(fired.map((e) => e.outcome)).toEqual(['fired'])
      expect(fired[0]!.instances).toEqual([expect.objectContaining({ status: 'fired', format: 'commonjs', version: expect.stringMatching(/^5\./) })])
      expect(legacy.map((e) => e.outcome)).toEqual(['skipped-version'])
      expect(legacy[0]!.instances).toEqual([expect.objectContaining({ status: 'skipped-version', range: '^3', version: expect.stringMatching(/^5\./) })])
    })
  })
})
