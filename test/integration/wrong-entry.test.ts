// Preloading "autowrapt" (the library) instead of "autowrapt/register" with
// AUTOWRAPT_BOOTSTRAP set would silently do nothing: it warns AUTOWRAPT_WRONG_ENTRY.
import { describe, expect, it } from 'vitest'
import { FIXTURES, forEachNode, runNode } from '../helpers/node.js'

const MESSAGE = 'autowrapt: the preload names "autowrapt", the library, which does not apply hooks: AUTOWRAPT_BOOTSTRAP=acme-patches is ignored; preload "autowrapt/register" instead (--import autowrapt/register)'
const warningLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('(node:')).map((l) => l.replace(/^\(node:\d+\) /, ''))

forEachNode((node) => {
  describe('AUTOWRAPT_WRONG_ENTRY', () => {
    for (const preload of [['--import', 'autowrapt'], ['--require', 'autowrapt'], ['--import=autowrapt']]) {
      it(`node ${preload.join(' ')} with AUTOWRAPT_BOOTSTRAP set warns once; the application runs unchanged`, () => {
        const r = runNode(node, [...preload, 'apps/hello.cjs'], { cwd: FIXTURES, preload: null, bootstrap: 'acme-patches' })
        const plain = runNode(node, ['apps/hello.cjs'], { cwd: FIXTURES, preload: null })
        expect(r.code).toBe(plain.code)
        expect(r.stdout).toBe(plain.stdout)
        expect(warningLines(r.stderr)).toEqual([`[AUTOWRAPT_WRONG_ENTRY] AutowraptWarning: ${MESSAGE}`])
      })
    }

    it('NODE_OPTIONS="--import autowrapt" warns too', () => {
      const r = runNode(node, ['apps/hello.cjs'], { cwd: FIXTURES, preload: null, nodeOptions: ['--import', 'autowrapt'], bootstrap: 'acme-patches' })
      expect(r.warnings).toEqual(['AUTOWRAPT_WRONG_ENTRY'])
    })

    it('no warning when autowrapt/register is preloaded as well, or AUTOWRAPT_BOOTSTRAP is unset', () => {
      const both = runNode(node, ['--import', 'autowrapt', 'apps/hello.cjs'], { cwd: FIXTURES, bootstrap: 'acme-patches' })
      expect(both.warnings).toEqual([])
      const unset = runNode(node, ['--import', 'autowrapt', 'apps/hello.cjs'], { cwd: FIXTURES, preload: null })
      expect(unset.warnings).toEqual([])
    })
  })
})
