import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasFixedExports, isEsmSource } from '../../src/cjs/required-esm.js'

describe('ESM that another loader compiled to CommonJS', () => {
  it('is recognised by the file: .mjs/.mts, or the nearest package.json "type"', () => {
    const root = mkdtempSync(join(tmpdir(), 'autowrapt-esm-source-'))
    mkdirSync(join(root, 'esm/lib'), { recursive: true })
    mkdirSync(join(root, 'cjs'), { recursive: true })
    writeFileSync(join(root, 'esm/package.json'), '{ "type": "module" }')
    writeFileSync(join(root, 'cjs/package.json'), '{}')
    expect(isEsmSource(join(root, 'esm/lib/x.js'))).toBe(true)
    expect(isEsmSource(join(root, 'esm/lib/x.cjs'))).toBe(false)
    expect(isEsmSource(join(root, 'cjs/x.js'))).toBe(false)
    expect(isEsmSource(join(root, 'cjs/x.mjs'))).toBe(true)
    expect(isEsmSource(join(root, 'cjs/x.mts'))).toBe(true)
  })

  it('has exports that cannot be assigned (getters without setters); __esModule does not count', () => {
    const compiled = Object.defineProperty({}, '__esModule', { value: true })
    expect(hasFixedExports(compiled)).toBe(false)
    Object.defineProperty(compiled, 'greet', { get: () => () => 'hi', enumerable: true })
    expect(hasFixedExports(compiled)).toBe(true)
    expect(hasFixedExports({ greet: () => 'hi' })).toBe(false)
    expect(hasFixedExports(null)).toBe(false)
  })
})
