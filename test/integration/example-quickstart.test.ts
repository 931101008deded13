import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { ROOT, forEachNode } from '../helpers/node.js'

const cwd = join(ROOT, 'examples/quickstart')

forEachNode((node) => {
  describe('the README quick start example', () => {
    it('times word-stats and zlib calls without changing the application\'s output', async () => {
      const plain = await runWithHooks({ node: node.path, script: 'app.mjs', cwd, bootstrap: 'timing-patches', preload: 'none' })
      const hooked = await runWithHooks({ node: node.path, script: 'app.mjs', cwd, bootstrap: 'timing-patches' })
      expect(plain.stdout).toBe('words: 13\ntop: the, dog\ngzip bytes: 75\n')
      expect(plain.report).toBeUndefined()
      expect(hooked.code).toBe(0)
      expect(hooked.stdout).toBe(plain.stdout)
      expect(hooked.warningCodes).toEqual([])
      const timing = hooked.stderr.split('\n').filter((l) => l.startsWith('[timing]')).map((l) => l.replace(/[\d.]+ µs/, 'N µs'))
      expect(timing).toEqual([
        '[timing] hooked zlib (builtin)',
        '[timing] hooked word-stats@1.0.0 (commonjs)',
        '[timing] word-stats.countWords took N µs',
        '[timing] word-stats.topWords took N µs',
        '[timing] zlib.gzipSync took N µs',
      ])
      expect(hooked.report?.entries.map((e) => [e.package, e.target, e.outcome])).toEqual([
        ['timing-patches', 'word-stats', 'fired'],
        ['timing-patches', 'zlib', 'fired'],
      ])
    })
  })
})
