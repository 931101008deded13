import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, forEachEsmNode, forEachNode, runNode } from '../helpers/node.js'
import { tempDir } from '../helpers/packages.js'

type Entry = { package: string | null; group: string | null; target: string; hook: string | null; outcome: string; instances: Array<Record<string, unknown>> }
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
      expect(report!.pid).toBeGreaterThan(0)
      expect(report!.pid).not.toBe(process.pid)
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
      for (const entry of report!.entries) {
        expect(entry.package).toBe('report-patches')
        expect(entry.group).toBeNull()
      }
      expect(Object.fromEntries(report!.entries.map((e) => [e.target, e.hook]))).toEqual({
        'target-cjs': 'hooks.js#observe',
        'target-dual': 'hooks.js#observe',
        'target-esm': 'hooks.js#observe',
        'target-fn': 'hooks.js#explode',
        'target-never-installed': 'hooks.js#observe',
        http: 'hooks.js#observe',
      })
      expect(byTarget['target-dual']!.instances).toEqual([{
        status: 'fired',
        format: 'module',
        version: '3.0.0',
        ms: expect.any(Number),
        filename: join(FIXTURES, 'node_modules/target-dual/esm/index.mjs'),
        late: false,
      }])
      expect(byTarget['target-cjs']!.instances).toEqual([{
        status: 'fired',
        format: 'commonjs',
        version: '1.2.3',
        ms: expect.any(Number),
        filename: join(FIXTURES, 'node_modules/target-cjs/index.js'),
        late: true,
      }])
      expect(byTarget['target-never-installed']!.instances).toEqual([])
      expect(byTarget.http!.instances).toEqual([])
      expect(byTarget['target-esm']!.instances[0]).toMatchObject({ status: 'skipped-version', version: '2.0.0', range: '>=9' })
      expect(byTarget['target-fn']!.instances[0]).toMatchObject({ status: 'failed', error: 'Error: report boom at hooks.js:3:33' })
    })

    for (const flag of ['1', 'true', 'stderr']) {
      it(`AUTOWRAPT_REPORT=${flag} prints a compact table to stderr`, () => {
        const r = runNode(node, ['apps/report-app.mjs'], { ...RUN, env: { ...RUN.env, AUTOWRAPT_REPORT: flag } })
        expect(r.code).toBe(0)
        expect(r.stderr).toMatch(new RegExp(`^autowrapt report: \\S*/apps/report-app\\.mjs \\(pid \\d+, main thread\\), node v${node.version.replaceAll('.', '\\.')}, AUTOWRAPT_BOOTSTRAP=report-patches$`, 'm'))
        const table = r.stderr.slice(r.stderr.indexOf('autowrapt report:'))
        expect(table).toMatch(/^package\s+target\s+outcome\s+detail$/m)
        expect(table).toMatch(/^report-patches\s+target-esm\s+skipped-version\s+module 2\.0\.0 not in ">=9"$/m)
        expect(table).toMatch(/^report-patches\s+target-cjs\s+loaded-before-bootstrap\s+commonjs 1\.2\.3 \d+\.\d\dms$/m)
      })
    }

    it('the table names every outcome', () => {
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
      // The main thread and the forked child have thread id 0; the worker thread does not.
      expect(reports.filter((x) => x.threadId !== 0)).toHaveLength(1)
      expect(new Set(reports.map((x) => x.pid)).size).toBe(2)
      for (const report of reports) {
        expect(report.entries.find((e) => e.target === 'target-cjs')!.outcome).toBe('fired')
      }
    })
  })

  describe('report fields for hooks from groups and from code', () => {
    it('a group\'s hook names its group; a hook registered by code has no package, group or hook, and is late when its target was already loaded', () => {
      const file = join(tempDir('report'), 'report.jsonl')
      const r = runNode(node, ['apps/late-runtime-hook.cjs'], { bootstrap: 'acme-patches,acme-patches:experimental', env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(['AUTOWRAPT_ALREADY_LOADED'])
      const [report] = readReports(file)
      const byKey = Object.fromEntries(report!.entries.map((e) => [`${e.package}:${e.target}`, e]))
      expect(byKey['acme-patches:target-fn']).toMatchObject({ group: 'experimental', hook: 'hooks/fn.js', outcome: 'not-loaded', instances: [] })
      expect(byKey['acme-patches:target-cjs/lib/inner.js']).toMatchObject({ group: null, hook: 'hooks/inner.js#patchInner', outcome: 'fired' })
      expect(byKey['acme-patches:target-cjs']).toMatchObject({ group: null, hook: 'hooks/target-cjs.js', outcome: 'fired', instances: [expect.objectContaining({ late: false })] })
      expect(byKey['null:target-cjs']).toMatchObject({ package: null, group: null, hook: null, outcome: 'loaded-before-bootstrap', instances: [expect.objectContaining({ status: 'fired', late: true })] })
    })
  })

  describe('a hook whose file or export is broken', () => {
    it('is reported failed, with the loader\'s message', () => {
      const file = join(tempDir('report'), 'report.jsonl')
      const r = runNode(node, ['apps/load-all.cjs'], { bootstrap: 'missing-export-patches,load-broken-patches', env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(3)
      // Entries are grouped by target, in the order targets were first registered.
      const entries = readReports(file)[0]!.entries.map((e) => [e.package, e.target, e.outcome, e.instances.map((i) => `${i.status}: ${i.error}`)])
      expect(entries).toEqual([
        ['missing-export-patches', 'target-cjs', 'failed', ['failed: hook file hooks.js#nope of "missing-export-patches" has no function as its export "nope" (found nothing); it exports no function (its exports: "notFn"); the hook is skipped']],
        ['load-broken-patches', 'target-cjs', 'failed', ['failed: hook file broken.js of "load-broken-patches" failed to load at broken.js:2:7: Error: hook file broke while loading; the hook is skipped']],
        ['missing-export-patches', 'target-fn', 'failed', ['failed: hook file hooks.js#notFn of "missing-export-patches" has no function as its export "notFn" (found number); it exports no function (its exports: "notFn"); the hook is skipped']],
      ])
    })
  })

  describe('AUTOWRAPT_REPORT to a path that cannot be written', () => {
    it('warns AUTOWRAPT_REPORT_UNWRITABLE at exit; the application\'s output and exit code are unchanged', () => {
      const file = join(tempDir('report'), 'no-such-dir', 'report.jsonl')
      const r = runNode(node, ['apps/basic.cjs'], { bootstrap: 'acme-patches', env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('hello world (patched) 43\nhttp patched: true true\n')
      expect(r.warnings).toEqual(['AUTOWRAPT_REPORT_UNWRITABLE'])
      expect(r.stderr).toMatch(/AUTOWRAPT_REPORT: cannot write the report to ".*no-such-dir\/report\.jsonl" \(Error: ENOENT/)
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

forEachEsmNode((node) => {
  describe('AUTOWRAPT_REPORT for an ES module hooked at run time after it was imported', () => {
    it('says loaded-before-bootstrap, with late: true', () => {
      const file = join(tempDir('report'), 'report.jsonl')
      const r = runNode(node, ['apps/esm-late-register.mjs'], { bootstrap: 'acme-patches:experimental', env: { AUTOWRAPT_REPORT: file } })
      expect(r.code).toBe(0)
      const entry = readReports(file)[0]!.entries.find((e) => e.package === null && e.target === 'target-esm')
      expect(entry).toMatchObject({ outcome: 'loaded-before-bootstrap', instances: [expect.objectContaining({ status: 'fired', format: 'module', late: true })] })
    })
  })
})
