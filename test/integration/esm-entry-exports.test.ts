// The ESM entry (src/index.mts) re-exports the CommonJS entry by name, by
// hand; a name added to one and not the other must fail here.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const COMPARE = `
import { createRequire } from 'node:module'
const esm = await import('autowrapt')
const cjs = createRequire(import.meta.url + '/')('autowrapt')
const names = (o) => Object.keys(o).filter((k) => k !== 'default' && k !== '__esModule' && k !== 'module.exports').sort()
console.log(JSON.stringify({ esm: names(esm), cjs: names(cjs), same: names(esm).every((k) => esm[k] === cjs[k]) }))
`

forEachNode((node) => {
  describe(`the ESM entry on Node ${node.version}`, () => {
    it("exports exactly the CommonJS entry's names, bound to the same functions", () => {
      const r = runNode(node, ['--input-type', 'module', '-e', COMPARE], { preload: null })
      expect(r.stderr).toBe('')
      const { esm, cjs, same } = JSON.parse(r.stdout) as { esm: string[]; cjs: string[]; same: boolean }
      expect(cjs.length).toBeGreaterThan(5)
      expect(esm).toEqual(cjs)
      expect(same).toBe(true)
    })
  })
})
