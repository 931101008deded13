import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, ROOT, forEachNode, runNode } from '../helpers/node.js'

const OWN_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
const [MAJOR, MINOR] = OWN_VERSION.split('.').map(Number) as [number, number]
// Versions on another semver line (before 1.0 a minor is a line) and on the same one.
const COPIES = {
  older: MAJOR === 0 ? (MINOR > 0 ? `0.${MINOR - 1}.0` : '0.0.0-older') : `${MAJOR - 1}.0.0`,
  newer: MAJOR === 0 ? `0.${MINOR + 1}.0` : `${MAJOR + 1}.0.0`,
  compatible: MAJOR === 0 ? `0.${MINOR}.99` : `${MAJOR}.99.0`,
} as const
const copyDir = (which: keyof typeof COPIES) => join(FIXTURES, `node_modules/${which}-agent/node_modules/autowrapt`)

// Real installed copies of autowrapt beside this one, as applications with two
// agents have them: the built package with only its version changed, in its
// package.json and where the build wrote it into the bundle (core/state.ts).
beforeAll(() => {
  for (const [which, version] of Object.entries(COPIES) as Array<[keyof typeof COPIES, string]>) {
    const dir = copyDir(which)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    for (const file of ['register.cjs', 'loader.mjs', 'dist']) cpSync(join(ROOT, file), join(dir, file), { recursive: true })
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, version }))
    const runtime = join(dir, 'dist/runtime.js')
    const built = `return ${JSON.stringify(OWN_VERSION)}`
    const source = readFileSync(runtime, 'utf8')
    if (source.split(built).length !== 2) throw new Error(`dist/runtime.js should hold the built version once as '${built}'`)
    writeFileSync(runtime, source.replace(built, `return ${JSON.stringify(version)}`))
  }
})

const HOOKS_ONCE = ['[hook:acme] http builtin -', '[hook:acme] target-cjs/lib/inner.js commonjs 1.2.3', '[hook:acme] target-cjs commonjs 1.2.3']

forEachNode((node) => {
  describe('the shared state is versioned: copies share it only when compatible', () => {
    for (const which of ['older', 'newer'] as const) {
      for (const first of ['other copy', 'this copy'] as const) {
        it(`an incompatible ${which} copy (${COPIES[which]}) loaded ${first === 'other copy' ? 'first' : 'second'}: AUTOWRAPT_INCOMPATIBLE_COPY, and the declared hooks still fire once`, () => {
          const other = ['--require', join(copyDir(which), 'register.cjs')]
          const ours = ['--require', 'autowrapt/register']
          const r = runNode(node, ['apps/basic.cjs'], { preload: null, bootstrap: 'acme-patches', nodeOptions: first === 'other copy' ? [...other, ...ours] : [...ours, ...other] })
          expect(r.code).toBe(0)
          expect(r.stdout).toBe('hello world (patched) 43\nhttp patched: true true\n')
          expect(r.warnings).toEqual(['AUTOWRAPT_INCOMPATIBLE_COPY'])
          const [firstVersion, secondVersion] = first === 'other copy' ? [COPIES[which], OWN_VERSION] : [OWN_VERSION, COPIES[which]]
          expect(r.stderr).toContain(`two incompatible copies of autowrapt are loaded: ${firstVersion} (state format 1) came first and runs the AUTOWRAPT_BOOTSTRAP hooks; this copy, ${secondVersion}`)
          expect(r.hookLines).toEqual(HOOKS_ONCE)
        })
      }
    }

    it(`a compatible copy (${COPIES.compatible}) shares the state silently: hooks are installed once`, () => {
      const r = runNode(node, ['apps/basic.cjs'], {
        preload: null,
        bootstrap: 'acme-patches',
        nodeOptions: ['--require', join(copyDir('compatible'), 'register.cjs'), '--require', 'autowrapt/register'],
      })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual([])
      expect(r.hookLines).toEqual(HOOKS_ONCE)
    })

    it('the API of an incompatible copy still works, on its own registry, beside the preloaded copy', () => {
      const r = runNode(node, ['apps/two-copies-api.cjs'], { bootstrap: 'acme-patches', env: { OTHER_COPY: copyDir('newer') } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello two (patched) original\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_INCOMPATIBLE_COPY'])
      expect(r.hookLines).toContain('[hook:other-copy-api] target-fn')
      expect(r.hookLines).toContain('[hook:acme] target-cjs commonjs 1.2.3')
    })
  })
})
