import { describe, expect, it } from 'vitest'
import { discoverPostImportHooks, notifyModuleLoaded, registerPostImportHook, whenImported } from '../../src/api.js'

// Misuse of the public API by a developer throws a TypeError that says what is
// wrong (README, "API"); it never registers anything half-way.
describe('the public API refuses wrong calls with a TypeError', () => {
  it('a target that is not a package name, a file inside a package or a builtin', () => {
    for (const target of ['./relative/path', '/abs/x.js', 'file:///x.js', 'node:no-such-builtin', 'pkg/../x', '']) {
      expect(() => registerPostImportHook(() => {}, target), target).toThrow(TypeError)
      expect(() => whenImported(target), target).toThrow(TypeError)
      expect(() => notifyModuleLoaded(target, {}), target).toThrow(TypeError)
    }
    expect(() => registerPostImportHook(() => {}, './relative/path')).toThrow('autowrapt: invalid target "./relative/path": a target must be a package name, a file inside a package or a builtin, not a path or URL')
  })

  it('a hook that is not a function, given directly or to the decorator', () => {
    for (const hook of [undefined, null, 42, 'hooks/x.js', {}]) {
      expect(() => registerPostImportHook(hook as any, 'some-pkg')).toThrow(new TypeError(`autowrapt: a post-import hook must be a function, got ${typeof hook}`))
      expect(() => whenImported('some-pkg')(hook as any)).toThrow(TypeError)
    }
  })

  it('whenImported checks the target when it is called, before any hook is given', () => {
    expect(() => whenImported('./x')).toThrow(/invalid target "\.\/x"/)
  })

  it('notifyModuleLoaded without an exports object or function', () => {
    for (const exports of [undefined, null, 42, 'module']) {
      expect(() => notifyModuleLoaded('some-pkg', exports)).toThrow(new TypeError('autowrapt: notifyModuleLoaded needs the module exports object'))
    }
    const fn = () => 1
    expect(notifyModuleLoaded('some-unhooked-pkg', fn)).toBe(fn)
  })

  it('discoverPostImportHooks without a name', () => {
    for (const name of ['', '   ', undefined, 7]) {
      expect(() => discoverPostImportHooks(name as any)).toThrow(new TypeError('autowrapt: discoverPostImportHooks takes a package or group name'))
    }
  })
})
