import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, forEachNode, runNode } from '../helpers/node.js'

// A group name is looked up among the application's dependencies. A key that is
// no package name ("../evil") must not make autowrapt read a package.json, let
// alone run a hook, outside node_modules.
forEachNode((node) => {
  describe('dependency keys that are not package names are never searched for groups', () => {
    it('"../evil" in dependencies: its group is not used; valid dependencies still contribute', () => {
      const r = runNode(node, ['app.cjs'], { cwd: join(FIXTURES, 'evil-deps-app'), bootstrap: 'acme-apm', env: { NODE_PATH: '' } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('evil-deps-app ran\n')
      expect(r.stderr).not.toContain('[hook:escaped]')
      expect(r.warnings).toEqual([])
    })
  })
})
