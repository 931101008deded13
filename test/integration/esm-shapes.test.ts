import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

const SHAPES = [
  'esm-shapes/star-chain.js keys=bottom,middle,top',
  'esm-shapes/star-cycle.js keys=cycleA,cycleB',
  'esm-shapes/barrel/index.js keys=one,two',
  'esm-shapes/string-name.js keys=plain,string-name',
  'esm-shapes/tla.js keys=awaited,readAwaited',
  'esm-shapes/json-import.js keys=answer',
  'esm-shapes/default-call.js keys=default,helper',
  'esm-shapes/class-extends.js keys=Derived,make',
  'esm-shapes/self-import.js keys=selfKeys',
  'esm-shapes/mutual-a.js keys=both,fromA',
  'esm-shapes/mutual-b.js keys=fromB,viaA',
]

forEachNode((node) => {
  describe('module shapes as hook targets load and behave exactly as without autowrapt', () => {
    const plain = runNode(node, ['apps/shapes.mjs'], { preload: null })
    const hooked = runNode(node, ['apps/shapes.mjs'], { bootstrap: 'shapes-patches' })

    it('the application output is identical, with no warning', () => {
      expect(plain.code).toBe(0)
      expect(hooked.code).toBe(0)
      expect(hooked.warnings).toEqual([])
      expect(hooked.stdout).toBe(plain.stdout)
    })

    for (const shape of SHAPES) {
      const [name, keys] = shape.split(' ')
      it(`the hook observes ${name} with its exports (${keys})`, () => {
        expect(hooked.hookLines).toContain(`[hook:shapes] ${name} module ${keys}`)
      })
    }

    it('each shape fires once', () => {
      expect(hooked.hookLines).toHaveLength(SHAPES.length)
    })
  })
})
