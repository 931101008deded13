import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { APPS, FIXTURES, ROOT, forEachNode, itWhen, runNode } from '../helpers/node.js'

// Installed in a temporary application, not committed: "node:sqlite" is a valid
// target only on the Nodes that have it, and fixture-wide tests run on any Node.
let sqliteApp: string
beforeAll(() => {
  sqliteApp = mkdtempSync(join(tmpdir(), 'autowrapt-sqlite-'))
  const dir = join(sqliteApp, 'node_modules/sqlite-builtin-patches')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'sqlite-builtin-patches', version: '1.0.0', autowrapt: { hooks: { 'node:sqlite': './h.js' } } }))
  cpSync(join(FIXTURES, 'node_modules/deprecated-builtin-patches/h.js'), join(dir, 'h.js'))
})

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
      const r = runNode(node, [join(APPS, 'hello.cjs')], { cwd: sqliteApp, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: 'sqlite-builtin-patches' })
      expect(r.code).toBe(0)
      expect(r.stderr).not.toContain('ExperimentalWarning')
      expect(r.hookLines).toEqual(['[hook:builtin] node:sqlite'])
    })
  })
})
