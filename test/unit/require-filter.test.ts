import { describe, expect, it } from 'vitest'
import { mayReachTarget, packageNameOf, packageNameOfRequest } from '../../src/cjs/filter.js'

const targets = new Set(['pg', '@acme/db'])
const isTarget = (name: string) => targets.has(name)
const APP = '/srv/app/src/index.js'
const IN_PG = '/srv/app/node_modules/pg/lib/client.js'
const IN_OTHER = '/srv/app/node_modules/lodash/index.js'

describe('package names', () => {
  it('of a resolved file come from its last node_modules segment, scoped or not', () => {
    expect(packageNameOf('/app/node_modules/express/lib/router.js')).toBe('express')
    expect(packageNameOf('/app/node_modules/@scope/pkg/index.js')).toBe('@scope/pkg')
    expect(packageNameOf('/app/node_modules/a/node_modules/b/x.js')).toBe('b')
    expect(packageNameOf('/app/src/x.js')).toBeUndefined()
    expect(packageNameOf('/app/node_modules/@scope')).toBeUndefined()
    expect(packageNameOf('/app/node_modules/@scope/pkg')).toBeUndefined()
    expect(packageNameOf('/app/node_modules/pkg')).toBeUndefined()
  })

  it('of a request are its first segment, or two for a scope', () => {
    expect(packageNameOfRequest('pg')).toBe('pg')
    expect(packageNameOfRequest('pg/lib/x.js')).toBe('pg')
    expect(packageNameOfRequest('@acme/db/x')).toBe('@acme/db')
  })
})

describe('which require() calls go through require-in-the-middle', () => {
  it('anything it cannot read (an empty or non-string request) goes through, to be safe', () => {
    expect(mayReachTarget('', APP, isTarget)).toBe(true)
    expect(mayReachTarget(42 as unknown as string, APP, isTarget)).toBe(true)
  })

  it('a relative request with no requiring file (the entry point) does not', () => {
    expect(mayReachTarget('./x.js', undefined, isTarget)).toBe(false)
    expect(mayReachTarget('#internal', undefined, isTarget)).toBe(false)
  })

  it('bare requests of target packages, deep or not, from anywhere', () => {
    for (const id of ['pg', 'pg/lib/client.js', '@acme/db', '@acme/db/sub']) {
      expect(mayReachTarget(id, APP, isTarget), id).toBe(true)
      expect(mayReachTarget(id, IN_OTHER, isTarget), id).toBe(true)
    }
  })

  it('every relative request inside a target package, and subpath imports there', () => {
    expect(mayReachTarget('./client.js', IN_PG, isTarget)).toBe(true)
    expect(mayReachTarget('#internal', IN_PG, isTarget)).toBe(true)
  })

  it('requests that may climb or point into node_modules', () => {
    expect(mayReachTarget('../pg/lib/client.js', IN_OTHER, isTarget)).toBe(true)
    expect(mayReachTarget('/srv/app/node_modules/pg/index.js', APP, isTarget)).toBe(true)
    expect(mayReachTarget('../node_modules/pg', APP, isTarget)).toBe(true)
  })

  it('an absolute file inside node_modules: only when its package is a target, or cannot be told', () => {
    expect(mayReachTarget('/srv/app/node_modules/lodash/index.js', APP, isTarget)).toBe(false)
    expect(mayReachTarget('/srv/app/node_modules/patches/hooks/pg.js', IN_PG, isTarget)).toBe(false)
    expect(mayReachTarget('/srv/app/node_modules/@acme/db/lib/x.js', APP, isTarget)).toBe(true)
    expect(mayReachTarget('/srv/app/node_modules/pg', APP, isTarget)).toBe(true)
    expect(mayReachTarget('/srv/app/node_modules/lodash', APP, isTarget)).toBe(true)
  })

  it('not: builtins, other packages, application files, relative requests inside other packages', () => {
    for (const [id, parent] of [
      ['fs', APP], ['node:http', APP], ['lodash', APP], ['lodash/fp', APP], ['./util.js', APP], ['../lib/x.js', APP],
      ['./fp.js', IN_OTHER], ['#internal', IN_OTHER], ['#internal', APP],
    ] as const) {
      expect(mayReachTarget(id, parent, isTarget), `${id} from ${parent}`).toBe(false)
    }
  })
})
