import { describe, expect, it } from 'vitest'
import { parseBootstrapName as parse } from '../../src/core/discovery.js'

/** The classified name, or the reason it was refused. */
function parseBootstrapName(name: string) {
  const result = parse(name)
  return result.ok ? result.value : result.problem.message
}

describe('names in AUTOWRAPT_BOOTSTRAP', () => {
  it('are packages, package groups or groups', () => {
    expect(parseBootstrapName('acme-patches')).toEqual({ kind: 'package', packageName: 'acme-patches' })
    expect(parseBootstrapName('@acme/patches')).toEqual({ kind: 'package', packageName: '@acme/patches' })
    expect(parseBootstrapName('acme-patches:experimental')).toEqual({ kind: 'package-group', packageName: 'acme-patches', group: 'experimental' })
    expect(parseBootstrapName('@acme/patches:exp')).toEqual({ kind: 'package-group', packageName: '@acme/patches', group: 'exp' })
    expect(parseBootstrapName('some.group')).toEqual({ kind: 'package', packageName: 'some.group' })
    expect(parseBootstrapName('Some_Group')).toEqual({ kind: 'package', packageName: 'Some_Group' })
  })

  it('refuse paths and URLs', () => {
    for (const bad of ['./x', '../x', '/abs/x', '~/x', 'file:///x', 'file:x', 'C:\\x', 'https://e.com/x']) {
      expect(typeof parseBootstrapName(bad), bad).toBe('string')
    }
  })
})
