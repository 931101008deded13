import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, forEachNode, runNode } from '../helpers/node.js'

const infoOf = (hookLines: string[]) => hookLines.filter((l) => l.startsWith('[hook:info] ')).map((l) => JSON.parse(l.slice(12)) as Record<string, unknown>)

forEachNode((node) => {
  describe('the info object a hook receives', () => {
    it('names the target, its package version, baseDir (the package root), filename and format; a builtin has neither version nor paths', () => {
      const r = runNode(node, ['apps/info.mjs'], { bootstrap: 'info-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      const cjsDir = join(FIXTURES, 'node_modules/target-cjs')
      const esmDir = join(FIXTURES, 'node_modules/target-esm')
      expect(infoOf(r.hookLines)).toEqual([
        { name: 'os', format: 'builtin' },
        { name: 'target-esm', version: '2.0.0', baseDir: esmDir, filename: join(esmDir, 'index.js'), format: 'module' },
        { name: 'target-cjs/lib/inner.js', version: '1.2.3', baseDir: cjsDir, filename: join(cjsDir, 'lib/inner.js'), format: 'commonjs' },
        { name: 'target-cjs', version: '1.2.3', baseDir: cjsDir, filename: join(cjsDir, 'index.js'), format: 'commonjs' },
      ])
    })
  })
})
