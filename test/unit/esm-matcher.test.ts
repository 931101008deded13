import { describe, expect, it } from 'vitest'
import { createMatcher, matcherDataFor } from '../../src/esm/matcher.js'
import { toTarget } from '../../src/core/targets.js'

const data = () => matcherDataFor(['pg', 'node:http', 'mysql2/lib/connection.js', '@acme/db'].map(toTarget))

describe('the ESM include predicate', () => {
  it('is built from package and file targets, never builtins', () => {
    expect(data()).toEqual({ specifiers: ['pg', 'mysql2/lib/connection.js', '@acme/db'], files: ['mysql2/lib/connection.js'] })
  })

  it('includes a target by its specifier, or a target file by its path after the last node_modules', () => {
    const matcher = createMatcher(data())
    expect(matcher.shouldInclude('file:///app/node_modules/pg/esm/index.mjs', 'pg')).toBe(true)
    expect(matcher.shouldInclude('file:///app/node_modules/mysql2/lib/connection.js', './connection.js')).toBe(true)
    expect(matcher.shouldInclude('file:///app/node_modules/x/node_modules/mysql2/lib/connection.js', './connection.js')).toBe(true)
    expect(matcher.shouldInclude('file:///app/node_modules/mysql2/lib/other.js', './other.js')).toBe(false)
    expect(matcher.shouldInclude('file:///app/src/mysql2/lib/connection.js', './connection.js')).toBe(false)
    expect(matcher.shouldInclude('file:///app/node_modules/lodash/index.js', 'lodash')).toBe(false)
    expect(createMatcher(matcherDataFor([toTarget('pg')])).shouldInclude('file:///app/node_modules/mysql2/lib/connection.js', 'x')).toBe(false)
  })

  it('names each target a module matches, once', () => {
    const matcher = createMatcher(data())
    expect(matcher.matches('file:///app/node_modules/pg/index.js', 'pg')).toEqual(['pg'])
    expect(matcher.matches('file:///app/node_modules/mysql2/lib/connection.js', 'mysql2/lib/connection.js')).toEqual(['mysql2/lib/connection.js'])
    expect(matcher.matches('file:///app/node_modules/mysql2/lib/connection.js', undefined)).toEqual(['mysql2/lib/connection.js'])
    expect(matcher.matches('file:///app/lib/connection.js', 'other')).toEqual([])
  })

  it('learns targets added later', () => {
    const matcher = createMatcher({ specifiers: [], files: [] })
    expect(matcher.shouldInclude('file:///app/node_modules/pg/index.js', 'pg')).toBe(false)
    matcher.add(matcherDataFor([toTarget('pg'), toTarget('mysql2/lib/connection.js')]))
    expect(matcher.shouldInclude('file:///app/node_modules/pg/index.js', 'pg')).toBe(true)
    expect(matcher.shouldInclude('file:///app/node_modules/mysql2/lib/connection.js', './c.js')).toBe(true)
  })
})
