import { describe, expect, it } from 'vitest'
import { packageNameOf } from '../../src/cjs-fast-path.js'

describe('the package a resolved file belongs to', () => {
  it('is read from the last node_modules segment, scoped or not', () => {
    expect(packageNameOf('/app/node_modules/express/lib/router.js')).toBe('express')
    expect(packageNameOf('/app/node_modules/@scope/pkg/index.js')).toBe('@scope/pkg')
    expect(packageNameOf('/app/node_modules/a/node_modules/b/x.js')).toBe('b')
    expect(packageNameOf('/app/src/x.js')).toBeUndefined()
    expect(packageNameOf('/app/node_modules/@scope')).toBeUndefined()
  })
})
