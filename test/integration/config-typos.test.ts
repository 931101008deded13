import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPS, ROOT, forEachNode, runNode } from '../helpers/node.js'

// A typo must fail safe (never run a hook more widely than written) and be said.
forEachNode((node) => {
  describe('typos fail safe and are said', () => {
    it('"version" (singular) drops the hook instead of registering it for every version; an upper-case target is named', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'typo-patches' })
      expect(r.code).toBe(3)
      expect(r.warnings).toEqual(['AUTOWRAPT_INVALID_CONFIG', 'AUTOWRAPT_INVALID_CONFIG'])
      expect(r.stderr).toContain('autowrapt.hooks["target-cjs"].version: unknown property "version" (did you mean "versions"?); expected "hook" and optionally "versions"; the hook is dropped')
      expect(r.stderr).toContain('autowrapt.hooks["Target-Fn"]: target "Target-Fn" has upper-case letters')
      expect(r.hookLines).toEqual(['[hook:typo] target-dual module', '[hook:typo] target-dual commonjs'])
    })

    it('an AUTOWRAPT_DISABLE entry that matches no declared hook is named, with the closest declared spelling', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_DISABLE: 'acme-patches:target-cjz,node:htp,target-esm,nothing-like-it' } })
      expect(r.code).toBe(3)
      expect(r.warnings).toEqual(['AUTOWRAPT_INVALID_DISABLE', 'AUTOWRAPT_INVALID_DISABLE', 'AUTOWRAPT_INVALID_DISABLE'])
      expect(r.stderr).toContain('AUTOWRAPT_DISABLE entry "acme-patches:target-cjz" matches no declared hook; did you mean "acme-patches:target-cjs"?')
      expect(r.stderr).toContain('AUTOWRAPT_DISABLE entry "node:htp" matches no declared hook; did you mean "node:http"?')
      expect(r.stderr).toMatch(/AUTOWRAPT_DISABLE entry "nothing-like-it" matches no declared hook\n/)
      // The entry that matched did its job.
      expect(r.stdout).toContain('esm: hi y deep')
    })

    for (const value of ['yes', 'on', 'YES', ' On ']) {
      it(`AUTOWRAPT_REPORT=${JSON.stringify(value)} prints the report to stderr, and writes no file named after the value`, () => {
        const cwd = mkdtempSync(join(tmpdir(), 'autowrapt-report-flag-'))
        const r = runNode(node, [join(APPS, 'basic.cjs')], { cwd, preload: null, nodeOptions: ['--import', join(ROOT, 'register.cjs')], bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: value } })
        expect(r.code).toBe(0)
        expect(r.stderr).toMatch(/^autowrapt report: .*basic\.cjs \(pid \d+, main thread\)/m)
        expect(readdirSync(cwd)).toEqual([])
      })
    }
  })
})
