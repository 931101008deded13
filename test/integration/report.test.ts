import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'

type Entry = { package: string | null; target: string; outcome: string; instances: Array<Record<string, unknown>> }
type Report = { schema: string; pid: number; threadId: number; node: string; bootstrap: string[]; entries: Entry[] }

function readReports(file: string): Report[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
}

const RUN = {
  preload: null,
  nodeOptions: ['--require', './probes/load-target-first.cjs', '--import', 'autowrapt/register'],
  bootstrap: 'report-patches',
  env: { AUTOWRAPT_DISABLE: 'report-patches:node:http' },
} as const

forEachNode((node) => {
  describe('AUTOWRAPT_REPORT', () => {
    it('writes one JSON line per process with every outcome: fired, skipped-version, failed, not-loaded, loaded-before-bootstrap, disabled', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'autowrapt-report-')), 'report.jsonl')
      const r = runNode(node, ['apps/report-app.mjs'], { ...RUN, env: { ...RUN.env, AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('app done esm\n')
      const [report, ...rest] = readReports(file)
      expect(rest).toEqual([])
      expect(report!.schema).toBe('autowrapt-report/1')
      expect(report!.threadId).toBe(0)
      expect(report!.node).toBe(`v${node.version}`)
      expect(report!.bootstrap).toEqual(['report-patches'])
      const outcomes = Object.fromEntries(report!.entries.map((e) => [e.target, e.outcome]))
      expect(outcomes).toEqual({
        'target-cjs': 'loaded-before-bootstrap',
        'target-dual': 'fired',
        'target-esm': 'skipped-version',
        'target-fn': 'failed',
        'target-never-installed': 'not-loaded',
        http: 'disabled',
      })
      const byTarget = Object.fromEntries(report!.entries.map((e) => [e.target, e]))
      expect(byTarget['target-dual']!.instances[0]).toMatchObject({ status: 'fired', format: 'module', version: '3.0.0' })
      expect(typeof byTarget['target-dual']!.instances[0]!.ms).toBe('number')
      expect(byTarget['target-esm']!.instances[0]).toMatchObject({ status: 'skipped-version', version: '2.0.0', range: '>=9' })
      expect(byTarget['target-fn']!.instances[0]).toMatchObject({ status: 'failed', error: 'Error: report boom at hooks.js:3:33' })
    })

    it('AUTOWRAPT_REPORT=1 prints a compact table to stderr', () => {
      const r = runNode(node, ['apps/report-app.mjs'], { ...RUN, env: { ...RUN.env, AUTOWRAPT_REPORT: '1' } })
      expect(r.code).toBe(0)
      const table = r.stderr.slice(r.stderr.indexOf('autowrapt report:'))
      expect(table).toMatch(/^package\s+target\s+outcome\s+detail$/m)
      expect(table).toMatch(/^report-patches\s+target-esm\s+skipped-version\s+module 2\.0\.0 not in ">=9"$/m)
      expect(table).toMatch(/^report-patches\s+http\s+disabled$/m)
      expect(table).toMatch(/^report-patches\s+target-fn\s+failed\s+commonjs: Error: report boom at hooks\.js:3:33$/m)
    })

    it('each worker thread and child process appends its own entry, keyed by pid and thread id', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'autowrapt-report-')), 'family.jsonl')
      const r = runNode(node, ['apps/spawn-family.mjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('family done\n')
      const reports = readReports(file)
      expect(reports).toHaveLength(3)
      const keys = new Set(reports.map((x) => `${x.pid}/${x.threadId}`))
      expect(keys.size).toBe(3)
      for (const report of reports) {
        expect(report.entries.find((e) => e.target === 'target-cjs')!.outcome).toBe('fired')
      }
    })
  })

  describe('AUTOWRAPT_DISABLE', () => {
    const cases: Array<[string, string[]]> = [
      ['acme-patches', []],
      ['acme-patches:target-cjs', ['http', 'target-cjs/lib/inner.js']],
      ['target-cjs', ['http', 'target-cjs/lib/inner.js']],
      ['node:http', ['target-cjs/lib/inner.js', 'target-cjs']],
      ['http, acme-patches:target-cjs/lib/inner.js', ['target-cjs']],
    ]
    for (const [disable, firing] of cases) {
      it(`AUTOWRAPT_DISABLE=${disable} turns exactly those hooks off`, () => {
        const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_DISABLE: disable } })
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual([])
        expect(r.hookLines.map((l) => l.split(' ')[1])).toEqual(firing)
      })
    }
  })
})
