import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WarningCode } from '../../src/report/log.js'
import { ROOT } from '../helpers/nodes.js'

const CODES: string[] = Object.values(WarningCode)

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return ['fixtures', 'corpus', 'node_modules'].includes(entry.name) ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') && path !== __filename ? [path] : []
  })
}

describe('warning codes', () => {
  it('are exactly the README\'s Warnings table', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const table = readme.slice(readme.indexOf('## Warnings'), readme.indexOf('\n## ', readme.indexOf('## Warnings') + 1))
    const documented = [...table.matchAll(/^\| `(AUTOWRAPT_[A-Z_]+)` \|/gm)].map((m) => m[1])
    expect(documented.sort()).toEqual([...CODES].sort())
  })

  // Each code has a test that triggers it and asserts it (a real process for
  // most; in process where only a mocked Node can produce it).
  it('are each asserted by some test', () => {
    const sources = testFiles(join(ROOT, 'test')).map((file) => ({ file, text: readFileSync(file, 'utf8') }))
    const untested = CODES.filter((code) => !sources.some(({ text }) => new RegExp(`['"\`]${code}['"\`]|\\[${code}\\]`).test(text)))
    expect(untested, `no test asserts ${untested.join(', ')}`).toEqual([])
    // And the list of files that do, for whoever wonders where.
    const where = Object.fromEntries(CODES.map((code) => [code, sources.filter(({ text }) => text.includes(code)).map(({ file }) => relative(ROOT, file))]))
    for (const code of CODES) expect(where[code]!.length, code).toBeGreaterThan(0)
  })
})
