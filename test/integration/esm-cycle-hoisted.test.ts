// Issue 26, item 4: an ESM import cycle through a target's hoisted function,
// across packages that declare no dependencies on each other, crashed with
// "Cannot access 'a' before initialization" on every Node, where plain Node
// runs it. The earlier fix (esm-cycle.test.ts) walked the target's imports
// only into packages it declared as dependencies; a hoisted node_modules lets
// a package import one it never declared. Then the same across shapes: a
// default-exported function, a cycle of three packages, a cycle closed
// through a package that only re-exports the target (and reads inside
// template substitutions, which the top-level-use check had taken for text).
import { describe, expect, it } from 'vitest'
import { forEachEsmNode, runNode } from '../helpers/node.js'

const CYCLE = /^\(node:\d+\) \[AUTOWRAPT_ESM_CYCLE\] AutowraptWarning: autowrapt: (\S+) imports the hook target (\S+) inside an import cycle/gm
const cycleImports = (stderr: string) => [...stderr.matchAll(CYCLE)].map((m) => `${m[1]!.replace(/^.*\/node_modules\//, '')} -> ${m[2]!.replace(/^.*\/node_modules\//, '')}`)

forEachEsmNode((node) => {
  describe('an ESM import cycle through a hoisted function, across packages that declare no dependencies', () => {
    it('as reported (a imports b, b calls a() at top level): runs as without autowrapt, the hook fires, AUTOWRAPT_ESM_CYCLE names the import', () => {
      const plain = runNode(node, ['apps/esm-cycle-hoisted.mjs'], { preload: null })
      expect(plain.stdout).toBe('a sees b called a | a\n')

      const r = runNode(node, ['apps/esm-cycle-hoisted.mjs'], { bootstrap: 'a-patches', env: { AUTOWRAPT_REPORT: '1' } })
      expect(r.stderr).not.toMatch(/ReferenceError/)
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('a sees b called a | a (patched)\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_ESM_CYCLE'])
      expect(cycleImports(r.stderr)).toEqual(['b/index.js -> a/index.js'])
      expect(r.hookLines).toEqual(['[hook:a] a module'])
      expect(r.stderr).toMatch(/^a-patches\s+a\s+fired/m)
    })

    it('a default export, a cycle of three, a cycle through a re-export: each runs, is hooked outside its cycle, and is named', () => {
      const plain = runNode(node, ['apps/esm-cycle-hoisted-shapes.mjs'], { preload: null })
      const expected = { viaDefault: 'hi from user', greet: 'hi', viaThree: 'b+c called a', three: 'a', viaReexport: 'b called a', reexported: 'a' }
      expect(JSON.parse(plain.stdout)).toEqual(expected)

      const r = runNode(node, ['apps/esm-cycle-hoisted-shapes.mjs'], { bootstrap: 'hoisted-cycle-patches' })
      expect(r.stderr).not.toMatch(/ReferenceError/)
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toEqual({ ...expected, greet: 'hi (patched)', three: 'a (patched)', reexported: 'a (patched)' })
      expect(cycleImports(r.stderr).sort()).toEqual([
        'hcycle-default-user/index.js -> hcycle-default/index.js',
        'hcycle-reexport-c/index.js -> hcycle-reexport-a/index.js',
        'hcycle-three-c/index.js -> hcycle-three-a/index.js',
      ])
      expect(r.hookLines.sort()).toEqual(['[hook:hcycle] hcycle-default module', '[hook:hcycle] hcycle-reexport-a module', '[hook:hcycle] hcycle-three-a module'])
    })
  })
})
