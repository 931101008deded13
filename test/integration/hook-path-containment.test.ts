import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { FIXTURES, forEachNode, runNode } from '../helpers/node.js'

const PACKAGE = join(FIXTURES, 'node_modules/dir-escape-patches')

// A directory hook whose package.json `main` is an absolute path: written here,
// because the path depends on where the repository is checked out.
beforeAll(() => {
  writeFileSync(join(PACKAGE, 'hooks-abs/package.json'), JSON.stringify({ main: join(FIXTURES, 'outside/evil.js') }))
})

function problemLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.slice(2))
}

forEachNode((node) => {
  describe('a hook path is checked on the file require() will load, not on the path as written', () => {
    it('directories whose package.json main (relative or absolute) or index.js symlink leads outside, and files in node_modules, are refused; a contained directory hook fires', () => {
      const plain = runNode(node, ['apps/load-all.cjs'], { preload: null })
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'dir-escape-patches' })
      expect(r.stdout).toBe(plain.stdout)
      expect(r.code).toBe(plain.code)
      expect(r.stderr).not.toContain('[hook:escaped]')
      expect(r.warnings).toEqual(Array(5).fill('AUTOWRAPT_UNSAFE_HOOK_PATH'))
      expect(r.stderr).toMatch(/autowrapt\.hooks\["target-esm"\]: hook path "\.\/node_modules\/helper\/index\.js" is in node_modules/)
      expect(r.stderr).toMatch(/hook file hooks-main of "dir-escape-patches" resolves outside its package \(.*outside\/evil\.js\)/)
      expect(r.stderr).toMatch(/hook file hooks-abs of "dir-escape-patches" resolves outside its package \(.*outside\/evil\.js\)/)
      expect(r.stderr).toMatch(/hook file hooks-link of "dir-escape-patches" resolves outside its package \(.*outside\/evil\.js\)/)
      expect(r.stderr).toMatch(/hook file vendored of "dir-escape-patches" is in the package's node_modules/)
      expect(r.hookLines).toEqual(['[hook:dir-ok] target-cjs/lib/inner.js'])
    })
  })
})

describe('autowrapt check applies the same rule to the file it would load', () => {
  it('names each escaping directory hook and never loads the outside file', () => {
    const r = runCli(['check', PACKAGE])
    expect(r.code).toBe(1)
    const lines = problemLines(r.stdout)
    expect(lines).toHaveLength(5)
    expect(lines).toContainEqual(expect.stringMatching(/^autowrapt\.hooks\["target-cjs"\]: hook file hooks-main resolves outside its package \(.*outside\/evil\.js\); it would be refused$/))
    expect(lines).toContainEqual(expect.stringMatching(/^autowrapt\.hooks\["target-fn"\]: hook file hooks-abs resolves outside its package/))
    expect(lines).toContainEqual(expect.stringMatching(/^autowrapt\.hooks\["target-dual"\]: hook file hooks-link resolves outside its package/))
    expect(lines).toContainEqual(expect.stringMatching(/^autowrapt\.hooks\["target-esm\/lib\/deep\.js"\]: hook file vendored is in the package's node_modules/))
    expect(lines).toContainEqual(expect.stringMatching(/^autowrapt\.hooks\["target-esm"\]: hook path "\.\/node_modules\/helper\/index\.js" is in node_modules/))
    expect(r.stdout + r.stderr).not.toContain('[hook:escaped]')
  })
})
