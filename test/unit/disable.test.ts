import { describe, expect, it } from 'vitest'
import { createDisableMatcher, parseDisableRule } from '../../src/core/disable.js'

describe('AUTOWRAPT_DISABLE entries', () => {
  it('are a bare name, a package:target pair or a node: target, with targets normalised', () => {
    expect(parseDisableRule('pg')).toEqual({ kind: 'name', name: 'pg', target: 'pg' })
    expect(parseDisableRule('node:http')).toEqual({ kind: 'target', target: 'http' })
    expect(parseDisableRule('acme:node:http')).toEqual({ kind: 'package-target', packageName: 'acme', target: 'http' })
    expect(parseDisableRule('@acme/patches:@acme/db')).toEqual({ kind: 'package-target', packageName: '@acme/patches', target: '@acme/db' })
    expect(parseDisableRule('@acme/patches')).toEqual({ kind: 'name', name: '@acme/patches', target: '@acme/patches' })
    expect(parseDisableRule('./not a target')).toEqual({ kind: 'name', name: './not a target', target: './not a target' })
  })

  it('turn off exactly the hooks they name', () => {
    const disabled = createDisableMatcher(['acme', 'other:pg', 'node:http']).isDisabled
    expect(disabled('acme', 'anything')).toBe(true)
    expect(disabled('other', 'pg')).toBe(true)
    expect(disabled('other', 'mysql')).toBe(false)
    expect(disabled('third', 'pg')).toBe(false)
    expect(disabled('third', 'http')).toBe(true)
    expect(createDisableMatcher(['pg']).isDisabled('third', 'pg')).toBe(true)
    expect(createDisableMatcher(['node:http']).isDisabled('node', 'fs')).toBe(false)
  })

  it('none: nothing is disabled', () => {
    expect(createDisableMatcher([]).isDisabled('acme', 'pg')).toBe(false)
  })
})
