import { describe, expect, it } from 'vitest'
import { parseTarget as parse } from '../../src/core/targets.js'

/** The target, or the reason it was refused. */
function parseTarget(key: string) {
  const result = parse(key)
  return result.ok ? result.value : result.problem.message
}

describe('target keys', () => {
  it('name one builtin whatever the spelling', () => {
    expect(parseTarget('http')).toEqual({ kind: 'builtin', name: 'http' })
    expect(parseTarget('node:http')).toEqual({ kind: 'builtin', name: 'http' })
    expect(parseTarget('fs/promises')).toEqual({ kind: 'builtin', name: 'fs/promises' })
    // Builtins that only exist with the prefix keep it.
    expect(parseTarget('node:test')).toEqual({ kind: 'builtin', name: 'node:test' })
  })

  it('name packages, scoped or not', () => {
    expect(parseTarget('express')).toEqual({ kind: 'package', name: 'express', packageName: 'express' })
    expect(parseTarget('@scope/pkg')).toEqual({ kind: 'package', name: '@scope/pkg', packageName: '@scope/pkg' })
  })

  it('name files inside packages relative to the package root', () => {
    expect(parseTarget('mysql2/lib/connection.js')).toEqual({ kind: 'file', name: 'mysql2/lib/connection.js', packageName: 'mysql2', subpath: 'lib/connection.js' })
    expect(parseTarget('@s/p/dist/x.mjs')).toEqual({ kind: 'file', name: '@s/p/dist/x.mjs', packageName: '@s/p', subpath: 'dist/x.mjs' })
  })

  it('refuse paths, URLs, unknown node: names and dirty subpaths with a reason', () => {
    for (const bad of ['', ' x', './x', '/abs', 'file:///x', 'node:nope', 'a\\b', 'pkg/../x', 'pkg//x', '@scope', 'UPPER CASE']) {
      expect(typeof parseTarget(bad), bad).toBe('string')
    }
  })
})
