// Issue 27, items 3 and 4: an entry whose file never loaded says which files
// of its package did (and in which format), or that the package is not
// installed, with the closest installed name.
import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, runNode } from '../helpers/node.js'
import { reportFile } from '../helpers/tracing.js'

forEachNode((node) => {
  describe('declarative tracing: an entry whose file never loaded', () => {
    it('the entry names dist/index.cjs, the app imports the package (dist/index.js): the outcome names the file that loaded, with its format', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-keyv.cjs'], {
        bootstrap: 'tracing-outcomes-patches:keyv-cjs',
        env: { KEYV_IMPORT: '1', AUTOWRAPT_REPORT: report.path },
      })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('get 1\n')
      const [entry] = report.tracing()
      expect(entry).toMatchObject({ outcome: 'not-loaded', filePath: 'dist/index.cjs' })
      // Node 20 has no in-thread hooks: only the ES modules an entry names pass through the loader thread.
      expect(entry!.notLoaded).toBe(
        hasSyncHooks(node)
          ? 'traced-keyv@5.6.0 loaded dist/index.js (module); this entry names dist/index.cjs'
          : 'no CommonJS file of traced-keyv@5.6.0 was loaded (on this Node, ES module files are seen only when an entry names them)',
      )
    })

    it('the entry names the ES module build, the app requires the package: the outcome names dist/index.cjs (commonjs), in the report table too', () => {
      const r = runNode(node, ['apps/tracing-keyv.cjs'], { bootstrap: 'tracing-outcomes-patches:keyv-esm', env: { AUTOWRAPT_REPORT: 'stderr' } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('get 1\n')
      expect(r.stderr).toMatch(
        /traced-keyv\/dist\/index\.js +tracing not-loaded +Keyv\.get \(Async\) -> orchestrion:traced-keyv:get; traced-keyv@5\.6\.0 loaded dist\/index\.cjs \(commonjs\); this entry names dist\/index\.js\n/,
      )
    })

    it('a typo in module.name (yamll, with yaml installed): not installed, did you mean "yaml"', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-yaml.cjs'], { bootstrap: 'tracing-outcomes-patches:yaml-typo', env: { AUTOWRAPT_REPORT: report.path } })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('parsed {"a":1}\n')
      expect(report.tracing()[0]).toMatchObject({
        outcome: 'not-loaded',
        notLoaded: 'yamll is not installed where "tracing-outcomes-patches" or the application is; did you mean "yaml"?',
      })
    })

    it('an entry whose file loaded has no notLoaded; the debug log says the same at exit', () => {
      const report = reportFile()
      const r = runNode(node, ['apps/tracing-keyv.cjs'], {
        bootstrap: 'tracing-outcomes-patches:keyv-cjs,tracing-outcomes-patches:keyv-esm',
        env: { AUTOWRAPT_REPORT: report.path, AUTOWRAPT_DEBUG: '1' },
      })
      expect(r.code).toBe(0)
      expect(report.tracing().map((t) => [t.filePath, t.outcome, t.notLoaded])).toEqual([
        ['dist/index.cjs', 'applied', null],
        ['dist/index.js', 'not-loaded', 'traced-keyv@5.6.0 loaded dist/index.cjs (commonjs); this entry names dist/index.js'],
      ])
      expect(r.stderr).toContain('was not loaded by this process; traced-keyv@5.6.0 loaded dist/index.cjs (commonjs); this entry names dist/index.js')
    })
  })
})
