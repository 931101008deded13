import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { FIXTURES, forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('a package.json that starts with a byte-order mark is read, as Node and npm read it', () => {
    it('its hooks are found and fire', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'bom-patches' })
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:bom] target-fn'])
    })
  })
})

describe('autowrapt check reads it too', () => {
  it('passes the package', () => {
    const r = runCli(['check', join(FIXTURES, 'node_modules/bom-patches')])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\nautowrapt check: bom-patches@1\.0\.0 OK \(1 hook in 1 file\)\n$/)
  })
})
