import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, forEachNode, runNode } from '../helpers/node.js'

const cwd = join(FIXTURES, 'workspace')

forEachNode((node) => {
  describe('workspace packages symlinked into node_modules from outside it', () => {
    it('an ESM import by package name is matched; a CommonJS require is not (README, "What autowrapt cannot see"); pinned here', () => {
      const r = runNode(node, ['app.mjs'], { cwd, bootstrap: 'ws-patches' })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.stdout).toBe('ping esm (patched) | ping cjs\n')
      expect(r.hookLines).toEqual(['[hook:ws] ws-esm module'])
    })
  })
})
