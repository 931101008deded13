import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { reportFile } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: files the transformer cannot parse', () => {
    it('a file Node accepts but the transformer cannot parse loads unchanged, with AUTOWRAPT_TRACING_FAILED and a failed report entry', () => {
      const report = reportFile()
      const r = runNode(node, ['-e', "console.log(require('traced-broken').legacy())"], { bootstrap: 'tracing-broken-patches', env: { AUTOWRAPT_REPORT: report.path } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('legacy works\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_TRACING_FAILED'])
      expect(r.stderr).toMatch(/could not transform .*traced-broken\/lib\/legacy\.js: .*; the file loads unchanged/)
      expect(report.tracing()[0]).toMatchObject({ channel: 'orchestrion:traced-broken:legacy', outcome: 'failed' })
    })

    it('a file with a real syntax error fails exactly as it does without autowrapt: same error, same exit code, nothing on stdout', () => {
      const plain = runNode(node, ['apps/tracing-broken.cjs'], { preload: null })
      const r = runNode(node, ['apps/tracing-broken.cjs'], { bootstrap: 'tracing-broken-patches' })
      expect(plain.code).toBe(1)
      expect(r.code).toBe(plain.code)
      expect(r.stdout).toBe(plain.stdout)
      expect(r.stderr).toContain('SyntaxError: Unexpected number')
      expect(r.stderr).toContain('traced-broken/lib/syntax-error.js:3')
    })

    it('AUTOWRAPT_STRICT=1: the transform failure propagates to the require()', () => {
      const r = runNode(node, ['-e', "console.log(require('traced-broken').legacy())"], { bootstrap: 'tracing-broken-patches', env: { AUTOWRAPT_STRICT: '1' } })
      expect(r.code).not.toBe(0)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain('autowrapt: tracing ')
    })
  })
})
