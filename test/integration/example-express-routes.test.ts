import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'

const cwd = join(ROOT, 'examples/express-routes')

forEachNode((node) => {
  describe('examples/express-routes: the real express package, with a version range', () => {
    it('records each matched route pattern and its timing; the legacy package is skipped by its range, and the report says so', () => {
      const plain = runNode(node, ['app.cjs'], { cwd, preload: null })
      const r = runNode(node, ['app.cjs'], { cwd, bootstrap: 'express-routes,express-routes-legacy', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
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
      expect(r.stderr).toMatch(/^express-routes\s+express\s+fired\s+commonjs 5\.\d+\.\d+ [\d.]+ms$/m)
      expect(r.stderr).toMatch(/^express-routes-legacy\s+express\s+skipped-version\s+commonjs 5\.\d+\.\d+ not in "\^3"$/m)
    })
  })
})
