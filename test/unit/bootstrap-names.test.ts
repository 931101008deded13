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
    // Not a valid package name, but a valid group name: only a group can mean it.
    expect(parseBootstrapName('_acme-apm')).toEqual({ kind: 'group', group: '_acme-apm' })
    expect(parseBootstrapName('-internal~1')).toEqual({ kind: 'group', group: '-internal~1' })
  })

  it('refuse paths and URLs, saying so', () => {
    for (const bad of ['./x', '../x', '/abs/x', '~/x', 'file:///x', 'file:x', 'C:\\x', 'C:/x', 'a\\b', 'https://e.com/x']) {
      expect(parseBootstrapName(bad), bad).toBe(`"${bad}" looks like a path or URL; AUTOWRAPT_BOOTSTRAP takes package names and group names only`)
    }
  })

  it('refuse names that are neither, naming the bad part', () => {
    expect(parseBootstrapName('has space')).toBe('"has space" is neither a package name nor a group name')
    expect(parseBootstrapName('@scope')).toBe('"@scope" is neither a package name nor a group name')
    expect(parseBootstrapName('bad pkg:grp')).toBe('"bad pkg" in "bad pkg:grp" is not a valid package name')
    expect(parseBootstrapName('pkg:bad group')).toBe('"bad group" in "pkg:bad group" is not a valid group name')
    expect(parseBootstrapName('pkg:')).toBe('"" in "pkg:" is not a valid group name')
  })
})
