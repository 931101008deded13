import { describe, expect, it } from 'vitest'
import { isPackageName, parseTarget as parse, toTarget } from '../../src/core/targets.js'

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
    const reasons: Array<[string, string]> = [
      ['', 'a target must be a non-empty string'],
      ['  ', 'a target must be a non-empty string'],
      [' x', 'a target must not have surrounding whitespace'],
      ['./x', 'a target must be a package name, a file inside a package or a builtin, not a path or URL'],
      ['/abs', 'a target must be a package name, a file inside a package or a builtin, not a path or URL'],
      ['file:///x', 'a target must be a package name, a file inside a package or a builtin, not a path or URL'],
      ['node:nope', '"node:nope" is not a Node.js builtin module'],
      ['a\\b', 'use "/" as the path separator in targets'],
      ['pkg/../x', '"pkg/../x" is not a clean path inside package "pkg"'],
      ['pkg//x', '"pkg//x" is not a clean path inside package "pkg"'],
      ['pkg/./x', '"pkg/./x" is not a clean path inside package "pkg"'],
      ['pkg/a b', '"pkg/a b" is not a clean path inside package "pkg"'],
      ['@scope', '"@scope" is not a valid package name'],
      ['UPPER CASE', '"UPPER CASE" is not a valid package name'],
      ['.hidden/x', 'a target must be a package name, a file inside a package or a builtin, not a path or URL'],
    ]
    for (const [bad, reason] of reasons) expect(parseTarget(bad), bad).toBe(reason)
  })

  it('keeps old upper-case package names, and refuses a leading dot', () => {
    expect(parseTarget('JSONStream')).toEqual({ kind: 'package', name: 'JSONStream', packageName: 'JSONStream' })
    expect(isPackageName('.bin')).toBe(false)
    expect(isPackageName('~tilde')).toBe(true)
  })

  it('toTarget throws a TypeError with the reason, for the public API', () => {
    expect(() => toTarget('./x')).toThrow(new TypeError('autowrapt: invalid target "./x": a target must be a package name, a file inside a package or a builtin, not a path or URL'))
    expect(toTarget('node:fs')).toEqual({ kind: 'builtin', name: 'fs' })
  })
})
