import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  describe('an AUTOWRAPT_REPORT destination that cannot be written is said on stderr, and the application is unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'autowrapt-unwritable-'))
    const cases: Array<[string, string, RegExp]> = [
      ['a directory', dir, /EISDIR/],
      ['a file in a missing directory', join(dir, 'missing/report.jsonl'), /ENOENT/],
      // Opens fine, fails on write: only the exit handler can see it, and it must say so synchronously.
      ['/dev/full (the disk is full)', '/dev/full', /ENOSPC/],
    ]
    for (const [what, destination, cause] of cases) {
      it(`${what}: AUTOWRAPT_REPORT_UNWRITABLE with the cause`, () => {
        const plain = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches' })
        const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: destination } })
        expect(r.code).toBe(plain.code)
        expect(r.stdout).toBe(plain.stdout)
        expect(r.warnings).toEqual(['AUTOWRAPT_REPORT_UNWRITABLE'])
        expect(r.stderr).toContain(`autowrapt: AUTOWRAPT_REPORT: c`)
        expect(r.stderr).toContain(JSON.stringify(destination))
        expect(r.stderr).toMatch(cause)
      })
    }

    it('--no-warnings silences the exit-time warning too', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches', nodeOptions: ['--no-warnings'], env: { AUTOWRAPT_REPORT: '/dev/full' } })
      expect(r.code).toBe(0)
      expect(r.stderr).not.toContain('AUTOWRAPT_REPORT_UNWRITABLE')
    })
  })
})
