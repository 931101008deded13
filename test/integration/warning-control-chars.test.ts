import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

// Names reach warnings from environment variables and package.json files. A
// newline or an escape sequence in one must not split a warning or reach the terminal.
forEachNode((node) => {
  describe('control characters in names are escaped: every warning stays one line', () => {
    it('a bootstrap name with a newline and an ESC sequence', () => {
      const r = runNode(node, ['apps/hello.cjs'], { bootstrap: 'bad\u001b[2Jname\n(node:1) [AUTOWRAPT_FAKE] forged' })
      expect(r.code).toBe(0)
      expect(r.stderr).not.toContain('\u001b')
      expect(r.warnings).toEqual(['AUTOWRAPT_INVALID_NAME'])
      expect(r.stderr).toContain('"bad\\u001b[2Jname\\u000a(node:1) [AUTOWRAPT_FAKE] forged"')
    })

    it('an AUTOWRAPT_DISABLE entry with a control character', () => {
      const r = runNode(node, ['apps/hello.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_DISABLE: 'target-cjs\u0007\u000d' } })
      expect(r.warnings).toEqual(['AUTOWRAPT_INVALID_DISABLE'])
      expect(r.stderr).toContain('AUTOWRAPT_DISABLE entry "target-cjs\\u0007" matches no declared hook; did you mean "target-cjs"?')
    })
  })
})
