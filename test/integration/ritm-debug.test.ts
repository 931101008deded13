// autowrapt loads the installed require-in-the-middle, with its own `debug`
// (src/cjs/load-ritm.ts): the application's `debug` is the same module it
// would get without autowrapt, and DEBUG turns RITM's own output on.
import { expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

forEachNode((node) => {
  it("the application's require('debug') gets the real module", () => {
    const r = runNode(node, ['apps/debug-real.cjs'], { bootstrap: 'acme-patches' })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('debug wrote a line\nenabled: true\n')
    expect(r.hookLines).toContain('[hook:acme] target-cjs commonjs 1.2.3')
    expect(r.warnings).toEqual([])
  })

  it('DEBUG=require-in-the-middle still shows its debug output', () => {
    // basic.cjs requires a target: require-in-the-middle is made at that require().
    const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches', env: { DEBUG: 'require-in-the-middle' } })
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/require-in-the-middle registering require hook/)
  })

  it('without DEBUG, nothing of it is printed', () => {
    const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches' })
    expect(r.code).toBe(0)
    expect(r.stderr).not.toMatch(/require-in-the-middle/)
  })
})
