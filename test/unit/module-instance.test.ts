import { describe, expect, it } from 'vitest'
import { commonJsInstance, createReplacements, moduleInfo, requiredEsmExports } from '../../src/core/module-instance.js'

describe('one module instance, named the same way by every adapter', () => {
  it('a CommonJS instance is its exports; exports that are no object are keyed by their file', () => {
    const exports = { a: 1 }
    expect(commonJsInstance(exports, '/x/a.js')).toBe(exports)
    expect(commonJsInstance('text', '/x/b.js')).toBe(commonJsInstance('other text', '/x/b.js'))
    expect(commonJsInstance('text', '/x/b.js')).not.toBe(commonJsInstance('text', '/x/c.js'))
  })

  it('an ES module loaded with require(esm) gives its hooks a mutable copy of the frozen namespace', () => {
    const namespace = Object.freeze(Object.assign(Object.create(null), { default: 1, named: 2 }))
    const copy = requiredEsmExports(namespace)
    expect({ ...copy }).toEqual({ default: 1, named: 2 })
    copy.named = 3
    expect(copy.named).toBe(3)
    expect(Object.prototype.toString.call(copy)).toBe('[object Module]')
  })

  it('a replacement stands for the instance it replaced', () => {
    const replacements = createReplacements()
    const original = {}
    const replacement = () => {}
    replacements.record(replacement, original)
    replacements.record('a string replaces nothing', original)
    expect(replacements.instanceOf(replacement)).toBe(original)
    expect(replacements.instanceOf(original)).toBe(original)
  })

  it('a builtin is known by name and format only', () => {
    expect(moduleInfo('http', 'builtin')).toEqual({ name: 'http', format: 'builtin' })
  })
})
