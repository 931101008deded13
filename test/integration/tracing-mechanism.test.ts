import { describe, expect, it } from 'vitest'
import { forEachNode, hasSyncHooks, runNode } from '../helpers/node.js'

const mechanisms = (stderr: string) => stderr.split('\n').filter((l) => / tracing: .* (registered|installed)/.test(l)).map((l) => l.replace(/^AUTOWRAPT \d+ tracing: /, '').replace(/[:(].*$/, '').trim())

forEachNode((node) => {
  describe('declarative tracing: which mechanism runs where', () => {
    it(hasSyncHooks(node) ? 'a Module.prototype._compile step for CommonJS and an in-thread module.registerHooks load hook for ESM' : 'a Module.prototype._compile step for CommonJS and a module.register loader for ESM', () => {
      const r = runNode(node, ['-e', "require('traced-cjs')"], { bootstrap: 'tracing-patches', env: { AUTOWRAPT_DEBUG: '1' } })
      expect(r.code).toBe(0)
      expect(mechanisms(r.stderr)).toEqual(hasSyncHooks(node) ? ['in-thread load hook registered', 'Module.prototype._compile step installed'] : ['Module.prototype._compile step installed', 'loader-thread hook registered'])
    })

    for (const preload of ['require', 'both'] as const) {
      it(`--${preload === 'both' ? 'require plus --import' : 'require'} preload: CommonJS and ESM files are traced, once`, () => {
        for (const esm of [undefined, '1']) {
          const r = runNode(node, ['apps/tracing-once.cjs'], { preload, bootstrap: 'tracing-patches', env: { TRACE_ESM: esm } })
          expect(r.stderr).toBe('')
          expect(JSON.parse(r.stdout)).toMatchObject({ withoutSubscriber: 1, withSubscriber: 1, events: 1 })
        }
      })
    }

    it('no loader thread when every traced file is CommonJS (.cjs, or a package without "type": "module")', () => {
      const r = runNode(node, ['-e', "require('traced-cjs')"], { bootstrap: 'tracing-broken-patches', env: { AUTOWRAPT_DEBUG: '1' } })
      expect(mechanisms(r.stderr)).toEqual(hasSyncHooks(node) ? ['in-thread load hook registered', 'Module.prototype._compile step installed'] : ['Module.prototype._compile step installed'])
    })
  })
})
