// Property-based tests (fast-check) of everything that reads untrusted input:
// the package.json `autowrapt` field, AUTOWRAPT_BOOTSTRAP, AUTOWRAPT_DISABLE,
// and the hook-path check. Invariants: nothing throws; no accepted path leads
// outside its package; every problem carries a code and its JSON path; valid
// entries beside broken ones survive.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, sep } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/core/config.js'
import { createDisableMatcher } from '../../src/core/disable.js'
import { parseBootstrapName, resolveBootstrapName } from '../../src/core/discovery.js'
import { locateHookFile } from '../../src/core/hook-files.js'
import { checkHookPath, keyPath, readManifest } from '../../src/core/manifest.js'
import { FIXTURES } from '../helpers/node.js'

const RUNS = { numRuns: 400 }
const CODE = /^AUTOWRAPT_[A-Z_]+$/

function insideWithoutNodeModules(dir: string, file: string): boolean {
  const rel = relative(dir, file)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) && !rel.split(sep).includes('node_modules')
}

// Strings that look like what people (and attackers) write: path pieces, URL
// schemes, control characters, and arbitrary unicode.
const PIECES = ['..', '.', '', '/', './', '../', 'node_modules', 'hooks', 'h.js', 'x.mjs', '#', '#fn', '#toString', 'file:', 'http://', '\\', '~', '@s', ':', ' ', '\n', '\u001b', 'é']
const tricky = fc.oneof(fc.string(), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')))
const jsonish = fc.oneof(tricky, fc.jsonValue(), fc.constant(undefined))

const VALID_TARGETS = ['express', '@scope/pkg', 'pkg/lib/x.js', 'node:http', 'fs/promises', 'pg']
const validHook = fc.record({ file: fc.constantFrom('./hooks/a.js', 'hooks/b.mjs', './x.js'), exportName: fc.option(fc.constantFrom('fn', 'patch'), { nil: undefined }) })
  .map(({ file, exportName }) => (exportName ? `${file}#${exportName}` : file))

describe('the autowrapt field (readManifest)', () => {
  it('never throws, and every problem has a code and a JSON path under "autowrapt"', () => {
    fc.assert(fc.property(jsonish, fc.dictionary(tricky, jsonish), fc.dictionary(tricky, fc.dictionary(tricky, jsonish)), (field, hooks, groups) => {
      for (const input of [field, { hooks }, { hooks, groups }, { groups: field, hooks: field }]) {
        const manifest = readManifest(input)
        for (const p of manifest.problems) {
          expect(p.code).toMatch(CODE)
          expect(p.jsonPath.startsWith('autowrapt')).toBe(true)
          expect(p.message.length).toBeGreaterThan(0)
        }
        for (const spec of [...manifest.hooks, ...[...manifest.groups.values()].flat()]) {
          expect(insideWithoutNodeModules('/pkg', join('/pkg', spec.file))).toBe(true)
        }
      }
    }), RUNS)
  })

  it('keeps every valid entry beside broken ones, and names every dropped entry by its JSON path', () => {
    const entries = fc.uniqueArray(
      fc.oneof(
        fc.tuple(fc.constantFrom(...VALID_TARGETS), validHook, fc.constant(true)),
        fc.tuple(tricky, jsonish, fc.constant(false)),
      ),
      { selector: ([key]) => key, maxLength: 12 },
    )
    fc.assert(fc.property(entries, (list) => {
      // A valid key with a broken value is broken; a broken key is broken whatever its value.
      const table = Object.fromEntries(list.map(([key, value]) => [key, value]))
      const manifest = readManifest({ hooks: table })
      const kept = new Set(manifest.hooks.map((h) => h.key))
      for (const [key, , valid] of list) {
        if (valid) expect(kept.has(key as string), `valid entry ${key}`).toBe(true)
        if (!kept.has(key as string)) {
          const path = keyPath('autowrapt.hooks', key as string)
          expect(manifest.problems.some((p) => p.jsonPath === path || p.jsonPath.startsWith(`${path}.`) || p.jsonPath.startsWith(`${path}[`)), `dropped entry ${JSON.stringify(key)}`).toBe(true)
        }
      }
    }), RUNS)
  })
})

describe('AUTOWRAPT_BOOTSTRAP and AUTOWRAPT_DISABLE', () => {
  it('parseConfig never throws; names are trimmed, non-empty, comma-free and unique', () => {
    fc.assert(fc.property(tricky, tricky, tricky, tricky, (bootstrap, disable, report, strict) => {
      const config = parseConfig({ AUTOWRAPT_BOOTSTRAP: bootstrap, AUTOWRAPT_DISABLE: disable, AUTOWRAPT_REPORT: report, AUTOWRAPT_STRICT: strict })
      for (const list of [config.bootstrap, config.disable]) {
        expect(new Set(list).size).toBe(list.length)
        for (const name of list) {
          expect(name).toBe(name.trim())
          expect(name).not.toBe('')
          expect(name).not.toContain(',')
        }
      }
      if (config.report !== undefined) expect(['yes', 'on', '1', 'true']).not.toContain(config.report.toLowerCase())
    }), RUNS)
  })

  it('a bootstrap name is a package, a group or a refusal; never a path; resolving it never throws and every problem is coded', () => {
    fc.assert(fc.property(tricky, (name) => {
      const parsed = parseBootstrapName(name)
      if (parsed.ok) expect(name).not.toMatch(/^[./~\\]|^file:|^[a-z][a-z0-9+.-]*:\/\//i)
      const found = resolveBootstrapName(name, [FIXTURES])
      for (const p of found.problems) expect(p.code).toMatch(CODE)
      for (const d of found.declarations) expect(insideWithoutNodeModules(d.pkg.dir, join(d.pkg.dir, d.spec.file))).toBe(true)
    }), { numRuns: 200 })
  })

  it('the AUTOWRAPT_DISABLE matcher never throws, and reports exactly the entries that matched nothing', () => {
    const declared = fc.array(fc.tuple(fc.constantFrom('acme-patches', '@s/p', 'x'), fc.constantFrom(...VALID_TARGETS, 'http')), { maxLength: 6 })
    fc.assert(fc.property(fc.array(tricky, { maxLength: 6 }), declared, (entries, hooks) => {
      const matcher = createDisableMatcher(entries)
      const matched = hooks.filter(([p, t]) => matcher.isDisabled(p, t))
      const unmatched = matcher.unmatched(hooks)
      for (const u of unmatched) expect(entries).toContain(u.entry)
      if (matched.length === 0) expect(unmatched.length).toBe(entries.length)
    }), RUNS)
  })
})

describe('the hook-path check, static and on disk', () => {
  let pkg: string
  beforeAll(() => {
    // A package with a hook file, a directory hook, and every way out: a
    // symlink, a directory whose main leaves, and its own node_modules.
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'autowrapt-paths-')))
    pkg = join(root, 'pkg')
    for (const dir of ['pkg/hooks', 'pkg/dir', 'pkg/out-main', 'pkg/node_modules/other', 'outside']) mkdirSync(join(root, dir), { recursive: true })
    for (const file of ['pkg/hooks/h.js', 'pkg/dir/index.js', 'pkg/node_modules/other/index.js', 'outside/x.js']) writeFileSync(join(root, file), 'module.exports = () => {}\n')
    writeFileSync(join(root, 'pkg/out-main/package.json'), JSON.stringify({ main: '../../outside/x.js' }))
    symlinkSync('../outside', join(pkg, 'link-out'))
    symlinkSync('../outside/x.js', join(pkg, 'hooks/link.js'))
  })

  it('never throws, and never accepts a file outside its package or in its node_modules', () => {
    const segment = fc.constantFrom('..', '.', 'hooks', 'h.js', 'link.js', 'dir', 'out-main', 'link-out', 'x.js', 'node_modules', 'other', 'index.js', '')
    const path = fc.oneof(tricky, fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/')))
    fc.assert(fc.property(path, (written) => {
      const checked = checkHookPath(written)
      if (!checked.ok) return
      expect(insideWithoutNodeModules(pkg, join(pkg, checked.value))).toBe(true)
      const located = locateHookFile(pkg, checked.value)
      if (located.ok) expect(insideWithoutNodeModules(pkg, located.value)).toBe(true)
      else expect(located.problem.code).toMatch(CODE)
    }), { numRuns: 1000 })
  })
})
