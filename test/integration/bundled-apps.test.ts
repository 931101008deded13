// Bundled applications in the main suite, with the root's esbuild (the full
// bundler matrix is test/bundlers/): a bundle built without the plugin gives
// AUTOWRAPT_BUNDLED at exit, the same app unbundled does not, and the
// autowrapt/esbuild plugin makes the same patch package fire inside the bundle.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, ROOT, forEachNode, runNode } from '../helpers/node.js'
import { runCli } from '../helpers/cli.js'
import type * as EsbuildPlugin from '../../src/bundler/esbuild.js'

const OUT = mkdtempSync(join(tmpdir(), 'autowrapt-bundled-'))
const plain = join(OUT, 'basic-plain.cjs')
const minified = join(OUT, 'basic-min.cjs')
const withPlugin = join(OUT, 'basic-plugin.cjs')

beforeAll(async () => {
  const common = { entryPoints: [join(FIXTURES, 'apps/basic.cjs')], absWorkingDir: FIXTURES, bundle: true, platform: 'node' as const, logLevel: 'error' as const }
  buildSync({ ...common, outfile: plain })
  buildSync({ ...common, outfile: minified, minify: true })
  const { build } = await import('esbuild')
  const { autowrapt } = require(join(ROOT, 'dist/bundler/esbuild.js')) as typeof EsbuildPlugin
  await build({ ...common, outfile: withPlugin, plugins: [autowrapt({ bootstrap: 'acme-patches', cwd: FIXTURES })] })
})
afterAll(() => rmSync(OUT, { recursive: true, force: true }))

function report(path: string): { entries: Array<Record<string, any>> } {
  return JSON.parse(readFileSync(path, 'utf8').trim().split('\n').at(-1)!)
}

describe('autowrapt check --bundle', () => {
  it('shows what a bundle built with the plugin contains, hook by hook', () => {
    const r = runCli(['check', '--bundle', withPlugin])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${withPlugin} was built by esbuild`)
    expect(r.stdout).toContain('hook acme-patches on target-cjs (hooks/target-cjs.js): bundled: node_modules/target-cjs/index.js (commonjs')
    expect(r.stdout).toContain('hook acme-patches on target-esm (hooks/target-esm.js#patchEsm): not-in-bundle')
    const json = JSON.parse(runCli(['check', '--json', '--bundle', withPlugin]).stdout)
    expect(json.markers[0].hooks.find((h: { target: string }) => h.target === 'target-cjs/lib/inner.js').status).toBe('bundled')
  })

  it('says a bundle built without the plugin carries no marker, exit 1', () => {
    const r = runCli(['check', '--bundle', plain])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('carries no autowrapt marker')
  })
})

forEachNode((node) => {
  describe('bundled applications', () => {
    for (const [name, file] of [
      ['an esbuild bundle', plain],
      ['a minified esbuild bundle', minified],
    ] as const) {
      it(`${name} built without the plugin: one AUTOWRAPT_BUNDLED at exit naming the file and esbuild, and the report's reason`, () => {
        const out = join(OUT, `report-${node.major}-${name.length}.json`)
        const r = runNode(node, [file], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: out } })
        expect(r.code).toBe(0)
        expect(r.stdout).toContain('hello world')
        expect(r.stdout).not.toContain('(patched)')
        expect(r.warnings).toEqual(['AUTOWRAPT_BUNDLED'])
        expect(r.stderr).toContain(`the main script ${file} looks bundled by esbuild`)
        expect(r.stderr).toContain('"target-cjs"')
        const entry = report(out).entries.find((e) => e.target === 'target-cjs')
        expect(entry?.outcome).toBe('not-loaded')
        expect(entry?.reason).toContain('AUTOWRAPT_BUNDLED')
        // Builtins are hooked at run time, bundle or not.
        expect(report(out).entries.find((e) => e.target === 'http')?.outcome).toBe('fired')
      })
    }

    it('the same app unbundled: no AUTOWRAPT_BUNDLED, even with targets that never load', () => {
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('(patched)')
      expect(r.warnings).not.toContain('AUTOWRAPT_BUNDLED')
    })

    it('built with autowrapt/esbuild: the hooks fire inside the bundle, reported as bundled, and no AUTOWRAPT_BUNDLED', () => {
      const out = join(OUT, `report-plugin-${node.major}.json`)
      const r = runNode(node, [withPlugin], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: out } })
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('hello world (patched)')
      expect(r.warnings).toEqual([])
      const entries = report(out).entries
      const cjs = entries.find((e) => e.target === 'target-cjs')
      expect(cjs?.outcome).toBe('fired')
      expect(cjs?.instances[0].bundled).toBe('node_modules/target-cjs/index.js')
      expect(entries.find((e) => e.target === 'target-esm')?.outcome).toBe('not-in-bundle')
    })

    it('built with autowrapt/esbuild, AUTOWRAPT_BOOTSTRAP unset: the output of the plain bundle', () => {
      const a = runNode(node, [withPlugin], { preload: null })
      const b = runNode(node, [plain], { preload: null })
      expect(a.code).toBe(0)
      expect(a.stdout).toBe(b.stdout)
      expect(a.stderr).toBe('')
    })
  })
})
