import { describe, expect, it } from 'vitest'
import { filesCoverage } from '../../src/cli/files-field.js'

const covered = (files: unknown, file: string) => filesCoverage(files).covers(file)

describe('which hook files npm would publish, judged from "files"', () => {
  it('everything, when there is no "files" field', () => {
    expect(covered(undefined, 'hooks/a.js')).toBe(true)
  })

  it('an entry covers the file itself and everything under a directory, with or without "./" and "/"', () => {
    for (const entry of ['hooks', 'hooks/', './hooks', 'hooks/a.js', './hooks/a.js']) expect(covered([entry], 'hooks/a.js')).toBe(true)
    expect(covered(['hook'], 'hooks/a.js')).toBe(false)
    expect(covered(['lib'], 'hooks/a.js')).toBe(false)
  })

  it('"*" stays within one directory, "**" crosses them, and a glob matching a directory covers its contents', () => {
    expect(covered(['hooks/*.js'], 'hooks/a.js')).toBe(true)
    expect(covered(['hooks/*.js'], 'hooks/esm/a.js')).toBe(false)
    expect(covered(['hooks/**/*.js'], 'hooks/esm/deep/a.js')).toBe(true)
    expect(covered(['hooks/**/*.js'], 'hooks/a.js')).toBe(true)
    expect(covered(['h*'], 'hooks/esm/a.mjs')).toBe(true)
    expect(covered(['*.js'], 'hooks/a.js')).toBe(false)
    expect(covered(['hooks/?.js'], 'hooks/a.js')).toBe(true)
  })

  it('a later "!" entry excludes, and a still later entry can include again', () => {
    expect(covered(['hooks', '!hooks/secret.js'], 'hooks/secret.js')).toBe(false)
    expect(covered(['hooks', '!hooks/secret.js'], 'hooks/a.js')).toBe(true)
    expect(covered(['hooks', '!hooks/secret.js', 'hooks/secret.js'], 'hooks/secret.js')).toBe(true)
  })

  it('a malformed field is a problem and does not hide anything', () => {
    expect(filesCoverage('hooks').problem).toMatch(/must be an array/)
    expect(filesCoverage(['hooks', 3]).covers('lib/x.js')).toBe(true)
  })
})
