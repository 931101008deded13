// An AUTOWRAPT_BOOTSTRAP name that matches nothing: "did you mean" among the
// installed patch packages, their groups, and the groups of the application's
// dependencies.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { FIXTURES, forEachNode } from '../helpers/node.js'

const unknown = async (node: { path: string }, name: string, cwd = FIXTURES) => {
  const r = await runWithHooks({ node: node.path, cwd, code: '', bootstrap: name })
  expect(r.code).toBe(0)
  return r.warnings.map((w) => [w.code, w.message])
}

forEachNode((node) => {
  describe('AUTOWRAPT_UNKNOWN_NAME: did you mean', () => {
    it('a misspelt patch package', async () => {
      expect(await unknown(node, 'acme-patchs')).toEqual([
        ['AUTOWRAPT_UNKNOWN_NAME', `autowrapt: "acme-patchs" is neither an installed package nor a group of any dependency of the application (looked from ${FIXTURES}); did you mean "acme-patches"?`],
      ])
    })

    it('a misspelt package in package:group', async () => {
      expect(await unknown(node, 'acme-patchs:experimental')).toEqual([
        ['AUTOWRAPT_UNKNOWN_NAME', `autowrapt: package "acme-patchs" (from "acme-patchs:experimental") is not installed where ${FIXTURES} can see it; did you mean "acme-patches:experimental"?`],
      ])
    })

    it('a misspelt group of the application\'s dependencies', async () => {
      const app = join(FIXTURES, 'group-app')
      expect(await unknown(node, 'acme-apn', app)).toEqual([
        ['AUTOWRAPT_UNKNOWN_NAME', `autowrapt: "acme-apn" is neither an installed package nor a group of any dependency of the application (looked from ${app}); did you mean "acme-apm"?`],
      ])
    })

    it('nothing close: no suggestion', async () => {
      expect(await unknown(node, 'zzz-unrelated')).toEqual([
        ['AUTOWRAPT_UNKNOWN_NAME', `autowrapt: "zzz-unrelated" is neither an installed package nor a group of any dependency of the application (looked from ${FIXTURES})`],
      ])
    })
  })
})
