import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, runNode } from '../helpers/node.js'

// Issue 27, finding 8: on Node 20 a --require'd subscriber also runs in the
// module.register loader thread autowrapt starts, so an exporter starts twice.
// Node runs --import preloads only once; autowrapt warns about --require ones.
const preloadLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('[preload]'))
const APP = ['-e', "import('traced-esm').then((m) => console.log(m.add(1, 2)))"]

forEachNode((node) => {
  describe('preloads and the loader thread', () => {
    const loaderThread = !hasSyncHooks(node)
    it(
      loaderThread
        ? 'a --require preload runs twice (main and loader thread), and AUTOWRAPT_PRELOAD_IN_LOADER_THREAD names it'
        : 'a --require preload runs once: no loader thread, no warning',
      () => {
        const r = runNode(node, ['--require', './apps/preload-count.cjs', ...APP], { bootstrap: 'tracing-patches' })
        expect(r.code).toBe(0)
        expect(r.stdout).toBe('3\n')
        expect(preloadLines(r.stderr)).toEqual(
          loaderThread ? ['[preload] ran in the main thread', '[preload] ran in another thread'] : ['[preload] ran in the main thread'],
        )
        expect(r.warnings).toEqual(loaderThread ? ['AUTOWRAPT_PRELOAD_IN_LOADER_THREAD'] : [])
        if (loaderThread) expect(r.stderr).toContain('also runs the --require preload "./apps/preload-count.cjs", so it runs twice')
      },
    )

    it('the same file preloaded with --import runs once, with no warning', () => {
      const r = runNode(node, ['--import', './apps/preload-count.cjs', ...APP], { bootstrap: 'tracing-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('3\n')
      expect(preloadLines(r.stderr)).toEqual(['[preload] ran in the main thread'])
      expect(r.warnings).toEqual([])
    })

    it('hooks and tracing entries together (two loader registrations, one thread): the warning comes once', () => {
      const r = runNode(node, ['-r', './apps/preload-count.cjs', ...APP], { bootstrap: 'acme-patches,tracing-patches' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('3\n')
      expect(r.warnings).toEqual(loaderThread ? ['AUTOWRAPT_PRELOAD_IN_LOADER_THREAD'] : [])
    })
  })
})
