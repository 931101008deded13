import { describe, expect, it } from 'vitest'
import { frameInPackage, withHookStacks } from '../../src/core/hook-frame.js'

const PKG = '/app/node_modules/acme-patches'
const stack = (...frames: string[]) => ({ stack: ['TypeError: boom', ...frames.map((f) => `    at ${f}`)].join('\n') })

describe('the first stack frame inside the patch package', () => {
  it('skips frames of the target and of Node, and gives the path relative to the package', () => {
    expect(frameInPackage(stack('greet (/app/node_modules/target/index.js:3:9)', 'patch (/app/node_modules/acme-patches/hooks/pg.js:12:5)', 'node:internal/modules/cjs/loader:1:1'), PKG)).toBe('hooks/pg.js:12:5')
  })

  it('reads file: URLs (ESM hook files) and frames without a function name', () => {
    expect(frameInPackage(stack('file:///app/node_modules/acme-patches/hooks/esm.mjs:4:11'), PKG)).toBe('hooks/esm.mjs:4:11')
  })

  it('ignores the package\'s own node_modules: a dependency is not the hook', () => {
    expect(frameInPackage(stack('x (/app/node_modules/acme-patches/node_modules/dep/index.js:1:1)', 'y (/app/node_modules/acme-patches/hooks/a.js:2:3)'), PKG)).toBe('hooks/a.js:2:3')
  })

  it('a compile error: the location line Node puts first', () => {
    expect(frameInPackage({ stack: '/app/node_modules/acme-patches/hooks/bad.js:7\n  const = 1\n        ^\n\nSyntaxError: Unexpected token' }, PKG)).toBe('hooks/bad.js:7')
  })

  it('nothing inside the package, or no stack: undefined', () => {
    expect(frameInPackage(stack('a (/elsewhere/x.js:1:1)'), PKG)).toBeUndefined()
    expect(frameInPackage('a string', PKG)).toBeUndefined()
    expect(frameInPackage(null, PKG)).toBeUndefined()
  })
})

describe('hook code runs with stacks deep enough to reach the hook\'s frame', () => {
  it('raises Error.stackTraceLimit while it runs and restores it after, also when it throws', () => {
    const saved = Error.stackTraceLimit
    Error.stackTraceLimit = 10
    try {
      expect(withHookStacks(() => Error.stackTraceLimit)).toBe(50)
      expect(Error.stackTraceLimit).toBe(10)
      expect(() => withHookStacks(() => { throw new Error('x') })).toThrow('x')
      expect(Error.stackTraceLimit).toBe(10)
      // A limit the hook sets on purpose is kept.
      withHookStacks(() => { Error.stackTraceLimit = 5 })
      expect(Error.stackTraceLimit).toBe(5)
    } finally {
      Error.stackTraceLimit = saved
    }
  })
})
