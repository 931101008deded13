import { afterEach, describe, expect, it, vi } from 'vitest'
import { entry, fresh, info, pkg } from '../helpers/registry.js'

afterEach(() => vi.restoreAllMocks())

describe('a hook registered before its target loads', () => {
  it('waits, then fires exactly once when the target loads', () => {
    const registry = fresh()
    const calls: unknown[] = []
    registry.register(pkg, entry((exports) => void calls.push(exports)))
    expect(calls).toEqual([])
    const exports = { a: 1 }
    registry.moduleLoaded(pkg, exports, exports, info())
    registry.moduleLoaded(pkg, exports, exports, info())
    expect(calls).toEqual([exports])
  })

  it('fires once per module instance: a second instance fires it again', () => {
    const registry = fresh()
    const seen: string[] = []
    registry.register(pkg, entry((_e, i) => void seen.push(`${i.format}:${i.filename}`)))
    const cjs = {}
    const esm = {}
    registry.moduleLoaded(pkg, cjs, cjs, info('commonjs', { filename: '/a/index.cjs' }))
    registry.moduleLoaded(pkg, esm, esm, info('module', { filename: '/a/index.mjs' }))
    registry.moduleLoaded(pkg, cjs, cjs, info('commonjs', { filename: '/a/index.cjs' }))
    expect(seen).toEqual(['commonjs:/a/index.cjs', 'module:/a/index.mjs'])
  })

  it('passes the exports and the info object through and lets a returned value replace the exports', () => {
    const registry = fresh()
    const replacement = { replaced: true }
    const received: unknown[] = []
    registry.register(pkg, entry((exports, moduleInfo) => {
      received.push(exports, moduleInfo)
      return replacement
    }))
    const original = {}
    const moduleInfo = info('commonjs', { version: '2.3.4', baseDir: '/x/node_modules/some-pkg', filename: '/x/node_modules/some-pkg/index.js' })
    expect(registry.moduleLoaded(pkg, original, original, moduleInfo)).toBe(replacement)
    expect(received).toHaveLength(2)
    expect(received[0]).toBe(original)
    expect(received[1]).toBe(moduleInfo)
    // The same instance keeps its replacement for later importers.
    expect(registry.moduleLoaded(pkg, original, original, info())).toBe(replacement)
  })

  it('does not fire for another target', () => {
    const registry = fresh()
    const hook = vi.fn()
    registry.register(pkg, entry(hook))
    const other = { kind: 'package', name: 'other', packageName: 'other' } as const
    registry.moduleLoaded(other, {}, {}, info())
    expect(hook).not.toHaveBeenCalled()
  })
})

describe('a replacement returned by a hook', () => {
  it('stands for the instance it replaced: meeting it again fires nothing', () => {
    const registry = fresh()
    const hook = vi.fn(() => ({ replaced: true }))
    registry.register(pkg, entry(hook))
    const original = {}
    const replacement = registry.moduleLoaded(pkg, original, original, info()) as object
    expect(registry.moduleLoaded(pkg, replacement, replacement, info())).toBe(replacement)
    expect(hook).toHaveBeenCalledTimes(1)
  })
})
