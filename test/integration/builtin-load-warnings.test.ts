import { describe, expect, it } from 'vitest'
import { forEachNode, itWhen, runNode } from '../helpers/node.js'

// Builtin targets are loaded at bootstrap (README, Builtins). That load must
// not print a warning the application would not print, nor turn one into a crash.
forEachNode((node) => {
  describe('hooking a builtin emits no warning the application would not', () => {
    it('a deprecated builtin (sys) under --throw-deprecation: no crash, no deprecation, the hooks fire', () => {
      const plain = runNode(node, ['apps/hello.cjs'], { preload: null, nodeOptions: ['--throw-deprecation'] })
      const r = runNode(node, ['apps/hello.cjs'], { bootstrap: 'deprecated-builtin-patches', nodeOptions: ['--throw-deprecation'] })
      expect(r.code).toBe(plain.code)
      expect(r.stdout).toBe(plain.stdout)
      expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0025/)
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(['[hook:builtin] sys', '[hook:builtin] os'])
    })

    itWhen(node.major === 22, 'node:sqlite prints an ExperimentalWarning on load only on Node 22 (absent on 20, stable later)', 'node:sqlite: no ExperimentalWarning, the hook fires', () => {
      const r = runNode(node, ['apps/hello.cjs'], { bootstrap: 'sqlite-builtin-patches' })
      expect(r.code).toBe(0)
      expect(r.stderr).not.toContain('ExperimentalWarning')
      expect(r.hookLines).toEqual(['[hook:builtin] node:sqlite'])
    })
  })
})
