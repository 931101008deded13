import { describe, expect, it } from 'vitest'
import { commonJsInstance, createReplacements, moduleInfo } from '../../src/core/module-instance.js'

describe('one module instance, named the same way by every adapter', () => {
  it('a CommonJS instance is its exports; exports that are no object are keyed by their file', () => {
    const exports = { a: 1 }
    expect(commonJsInstance(exports, '/x/a.js')).toBe(exports)
    expect(commonJsInstance('text', '/x/b.js')).toBe(commonJsInstance('other text', '/x/b.js'))
    expect(commonJsInstance('text', '/x/b.js')).not.toBe(commonJsInstance('text', '/x/c.js'))
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
