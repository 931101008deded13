import { describe, expect, it } from 'vitest'
import { forEachNode, runNode, type NodeBin } from '../helpers/node.js'

function baseline(node: NodeBin) {
  return runNode(node, ['apps/load-all.cjs'], { preload: null })
}

forEachNode((node) => {
  describe('bad input: one clear warning per fault, and the application unchanged', () => {
    const plain = baseline(node)

    it('the baseline application exits with code 3 and prints its results', () => {
      expect(plain.code).toBe(3)
      expect(plain.stdout).toContain('cjs: hello x 42')
    })

    // The message pattern; null for a case that must print nothing at all.
    const cases: Array<[string, string, string[], RegExp | null]> = [
      ['an unknown name', 'no-such-package-anywhere', ['AUTOWRAPT_UNKNOWN_NAME'], /"no-such-package-anywhere" is neither an installed package nor a group/],
      ['a relative path given as a name', './node_modules/acme-patches', ['AUTOWRAPT_INVALID_NAME'], /"\.\/node_modules\/acme-patches" looks like a path or URL/],
      ['an absolute path given as a name', '/etc/passwd', ['AUTOWRAPT_INVALID_NAME'], /"\/etc\/passwd" looks like a path or URL/],
      ['a file: URL given as a name', 'file:///tmp/x', ['AUTOWRAPT_INVALID_NAME'], /looks like a path or URL/],
      ['an unknown group of a known package', 'acme-patches:nope', ['AUTOWRAPT_UNKNOWN_GROUP'], /package "acme-patches" has no group "nope" \(groups: experimental\)/],
      ['an autowrapt field that is not an object', 'notobject-patches', ['AUTOWRAPT_INVALID_CONFIG'], /package "notobject-patches" .*: autowrapt: the "autowrapt" field must be an object/],
      ['a hook file that is missing', 'missing-file-patches', ['AUTOWRAPT_HOOK_NOT_FOUND'], /hook file hooks\/nope\.js of "missing-file-patches" does not exist/],
      ['a hook whose target never loads (silent)', 'never-patches', [], null],
    ]
    for (const [what, bootstrap, codes, message] of cases) {
      it(`${what}: ${codes.join(', ') || 'no warning'}`, () => {
        const r = runNode(node, ['apps/load-all.cjs'], { bootstrap })
        expect(r.stdout).toBe(plain.stdout)
        expect(r.code).toBe(plain.code)
        expect(r.warnings).toEqual(codes)
        if (message === null) expect(r.stderr).toBe('')
        else expect(r.stderr).toMatch(message)
        expect(r.hookLines).toEqual([])
      })
    }

    it('a malformed field: each bad key, bad value and invalid range is named, and the valid hook beside them still fires', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'broken-patches' })
      expect(r.stdout).toBe(plain.stdout)
      expect(r.code).toBe(plain.code)
      expect(r.warnings).toEqual(['AUTOWRAPT_INVALID_CONFIG', 'AUTOWRAPT_INVALID_CONFIG', 'AUTOWRAPT_INVALID_CONFIG', 'AUTOWRAPT_INVALID_RANGE'])
      expect(r.stderr).toMatch(/broken-patches.*autowrapt\.extra: unknown property "extra"/)
      expect(r.stderr).toMatch(/broken-patches.*autowrapt\.hooks\["\.\/bad"\]: bad target/)
      expect(r.stderr).toMatch(/broken-patches.*autowrapt\.hooks\["target-fn"\]: a hook must be "<path>#<export>"/)
      expect(r.stderr).toMatch(/"broken-patches" on "target-esm" .*invalid version range "not a range!!"/)
      expect(r.hookLines).toEqual(['[hook:broken-ok] target-cjs'])
    })

    it('an export that is missing or not a function: AUTOWRAPT_HOOK_EXPORT for each', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'missing-export-patches' })
      expect(r.stdout).toBe(plain.stdout)
      expect(r.code).toBe(plain.code)
      expect(r.warnings).toEqual(['AUTOWRAPT_HOOK_EXPORT', 'AUTOWRAPT_HOOK_EXPORT'])
      expect(r.stderr).toMatch(/hooks\.js#nope of "missing-export-patches" has no function as its export "nope" \(found nothing\)/)
      expect(r.stderr).toMatch(/hooks\.js#notFn of "missing-export-patches" has no function as its export "notFn" \(found number\)/)
    })

    it('a hook that throws: AUTOWRAPT_HOOK_FAILED, the application is unchanged', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'throwing-patches' })
      expect(r.stdout).toBe(plain.stdout)
      expect(r.code).toBe(plain.code)
      expect(r.warnings).toEqual(['AUTOWRAPT_HOOK_FAILED'])
    })

    it('a hook path that leaves its package (../, absolute, URL, symlink) is refused and never run', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'escape-patches' })
      expect(r.stdout).toBe(plain.stdout)
      expect(r.code).toBe(plain.code)
      expect(r.warnings).toEqual(['AUTOWRAPT_UNSAFE_HOOK_PATH', 'AUTOWRAPT_UNSAFE_HOOK_PATH', 'AUTOWRAPT_UNSAFE_HOOK_PATH', 'AUTOWRAPT_UNSAFE_HOOK_PATH'])
      expect(r.stderr).toMatch(/"\.\.\/acme-patches\/hooks\/target-cjs\.js" escapes its package/)
      expect(r.stderr).toMatch(/resolves outside its package/)
      expect(r.stderr).not.toMatch(/\[hook:escaped\]/)
      expect(r.hookLines).toEqual([])
    })

    it('the debug log names a target that never loaded', () => {
      const r = runNode(node, ['apps/hello.cjs'], { bootstrap: 'never-patches', env: { NODE_DEBUG: 'autowrapt' } })
      expect(r.stdout).toBe('hello from the app\n')
      expect(r.stderr).toMatch(/registered hook "never-patches" on "target-never-installed"/)
    })
  })
})
