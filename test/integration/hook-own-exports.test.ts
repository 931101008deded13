import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { FIXTURES, forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('only a hook module\'s own exports are hooks', () => {
    it('#toString, #constructor and #hasOwnProperty (inherited from Object.prototype) are refused with AUTOWRAPT_HOOK_EXPORT; the targets load unchanged', () => {
      const plain = runNode(node, ['apps/load-all.cjs'], { preload: null })
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'inherited-export-patches', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.stdout).toBe(plain.stdout)
      expect(r.code).toBe(plain.code)
      expect(r.warnings).toEqual(['AUTOWRAPT_HOOK_EXPORT', 'AUTOWRAPT_HOOK_EXPORT', 'AUTOWRAPT_HOOK_EXPORT'])
      for (const name of ['toString', 'constructor', 'hasOwnProperty']) {
        expect(r.stderr).toContain(`h.js#${name} of "inherited-export-patches" has no function as its export "${name}" (found nothing)`)
      }
      expect(r.stderr).toMatch(/^inherited-export-patches\s+target-cjs\s+failed/m)
      expect(r.hookLines).toEqual(['[hook:own] target-cjs/lib/inner.js'])
    })
  })
})

describe('autowrapt check refuses inherited members too', () => {
  it('reports each as a missing export', () => {
    const r = runCli(['check', '--load-hooks', join(FIXTURES, 'node_modules/inherited-export-patches')])
    expect(r.code).toBe(1)
    for (const name of ['toString', 'constructor', 'hasOwnProperty']) {
      expect(r.stdout).toContain(`hook file h.js#${name} has no function as its export "${name}" (found nothing); the functions it exports: "own"`)
    }
    expect(r.stdout).toMatch(/\n3 problems\n$/)
  })
})
