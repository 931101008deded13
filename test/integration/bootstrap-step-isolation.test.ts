import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPS, ROOT, forEachNode, hasSyncHooks, runNode, type NodeBin } from '../helpers/node.js'

type Entry = { target: string; outcome: string; instances: Array<{ status: string; format: string; error?: string }> }

function reportFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'autowrapt-steps-')), 'report.jsonl')
}

function outcomes(file: string): Record<string, string> {
  const report = JSON.parse(readFileSync(file, 'utf8').trim()) as { entries: Entry[] }
  return Object.fromEntries(report.entries.map((e) => [e.target, e.outcome]))
}

const CJS_AND_BUILTIN = { 'target-cjs': 'fired', 'target-cjs/lib/inner.js': 'fired', http: 'fired' }
const ESM_FIRED = { 'target-esm': 'fired', 'target-esm/lib/deep.js': 'fired', 'target-dual': 'fired' }
// target-dual is also required, so its CommonJS instance fires even without ESM.
const ESM_LOST = { 'target-esm': 'unavailable', 'target-esm/lib/deep.js': 'unavailable', 'target-dual': 'fired' }
const PATCHED_CJS = 'cjs: hello x (patched) 43\nfn: original\n'

/** Starts node from a working directory deleted just before exec, as a shell whose directory was removed would. */
function runWithoutCwd(node: NodeBin, preload: '--require' | '--import', report: string) {
  const dir = mkdtempSync(join(tmpdir(), 'autowrapt-cwd-'))
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_OPTIONS: `${preload} ${join(ROOT, 'register.cjs')}`,
    AUTOWRAPT_BOOTSTRAP: 'acme-patches',
    AUTOWRAPT_REPORT: report,
  }
  const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && exec "$2" "$3"', 'sh', dir, node.path, join(APPS, 'load-all.cjs')], { env, encoding: 'utf8', timeout: 30_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, warnings: [...r.stderr.matchAll(/^\(node:\d+\) \[(AUTOWRAPT_[A-Z_]+)\]/gm)].map((m) => m[1]) }
}

forEachNode((node) => {
  describe('each bootstrap step fails alone: what does not depend on it still registers, and every lost hook is reported', () => {
    it('--no-experimental-require-module: CommonJS and builtin hooks apply; ESM hooks apply through module.register where Node has it, else are reported unavailable', () => {
      const file = reportFile()
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches', nodeOptions: ['--no-experimental-require-module'], env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(3)
      expect(r.stdout).toMatch(new RegExp(`^${PATCHED_CJS.replace(/[()]/g, '\\$&')}`))
      const canRegister = node.major < 26
      expect(r.warnings).toEqual(canRegister ? [] : ['AUTOWRAPT_ESM_UNAVAILABLE'])
      expect(outcomes(file)).toEqual({ ...CJS_AND_BUILTIN, ...(canRegister ? ESM_FIRED : ESM_LOST) })
      if (!canRegister) expect(r.stderr).toContain('require(esm) is turned off (--no-experimental-require-module)')
    })

    it('AUTOWRAPT_STRICT=1 does not turn an adapter that cannot start into a crash (strict is about hook code)', () => {
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches', nodeOptions: ['--no-experimental-require-module'], env: { AUTOWRAPT_STRICT: '1' } })
      expect(r.code).toBe(3)
      expect(r.stdout.startsWith(PATCHED_CJS)).toBe(true)
    })

    const permission = node.major === 20 ? '--experimental-permission' : '--permission'
    it(`${permission}: module.register is refused on Node 20, which loses only the ESM hooks`, () => {
      const file = reportFile()
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'acme-patches', nodeOptions: [permission, '--allow-fs-read=*', '--allow-fs-write=*'], env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(3)
      expect(r.stdout.startsWith(PATCHED_CJS)).toBe(true)
      const refused = node.major === 20
      expect(r.warnings.filter((w) => w.startsWith('AUTOWRAPT'))).toEqual(refused ? ['AUTOWRAPT_ESM_UNAVAILABLE'] : [])
      expect(outcomes(file)).toEqual({ ...CJS_AND_BUILTIN, ...(refused ? ESM_LOST : ESM_FIRED) })
    })

    for (const preload of ['--require', '--import'] as const) {
      it(`a deleted working directory (${preload}): packages resolve from the main script's directory; ESM hooks need module.register where Node has no in-thread hooks, and are reported unavailable there`, () => {
        const file = reportFile()
        const r = runWithoutCwd(node, preload, file)
        expect(r.code).toBe(3)
        expect(r.stdout.startsWith(PATCHED_CJS)).toBe(true)
        const inThread = hasSyncHooks(node)
        expect(r.warnings).toEqual(inThread ? [] : ['AUTOWRAPT_ESM_UNAVAILABLE'])
        expect(outcomes(file)).toEqual({ ...CJS_AND_BUILTIN, ...(inThread ? ESM_FIRED : ESM_LOST) })
      })
    }
  })
})
