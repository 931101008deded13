import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWithHooks } from '../../dist/testing.js'
import { ROOT, forEachNode } from '../helpers/node.js'

const cwd = join(ROOT, 'examples/http-timing')
const timingLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('[http-timing]'))
    .map((l) => l.replace(/:\d+\//, ':PORT/').replace(/ [\d.]+ms$/, ' Nms'))

forEachNode((node) => {
  describe('examples/http-timing: APM-style request timing with no change to the application', () => {
    it('the CommonJS service: incoming requests, outgoing http.get and global fetch', async () => {
      const plain = await runWithHooks({ node: node.path, script: 'app.cjs', cwd, bootstrap: 'http-timing', preload: 'none' })
      const r = await runWithHooks({ node: node.path, script: 'app.cjs', cwd, bootstrap: 'http-timing' })
      expect(r.code).toBe(0)
      expect(r.warningCodes).toEqual([])
      expect(plain.stdout).toBe('http.get: 200 cjs says /hello\nhttp.get: 404 cjs says /missing\nfetch: 200 cjs says /fetched\n')
      expect(r.stdout).toBe(plain.stdout)
      expect(timingLines(r.stderr)).toEqual([
        '[http-timing] incoming GET /hello 200 Nms',
        '[http-timing] outgoing GET http://127.0.0.1:PORT/hello 200 Nms',
        '[http-timing] incoming GET /missing 404 Nms',
        '[http-timing] outgoing GET http://127.0.0.1:PORT/missing 404 Nms',
        '[http-timing] incoming GET /fetched 200 Nms',
        '[http-timing] fetch GET http://127.0.0.1:PORT/fetched 200 Nms',
      ])
    })

    it('the ESM service: named imports from node:http see the instrumentation too', async () => {
      const plain = await runWithHooks({ node: node.path, script: 'app.mjs', cwd, bootstrap: 'http-timing', preload: 'none' })
      const r = await runWithHooks({ node: node.path, script: 'app.mjs', cwd, bootstrap: 'http-timing' })
      expect(r.code).toBe(0)
      expect(r.warningCodes).toEqual([])
      expect(r.stdout).toBe(plain.stdout)
      expect(timingLines(r.stderr)).toEqual([
        '[http-timing] incoming POST /items 200 Nms',
        '[http-timing] outgoing POST http://127.0.0.1:PORT/items 200 Nms',
        '[http-timing] incoming GET /fetched?q=1 200 Nms',
        '[http-timing] fetch GET http://127.0.0.1:PORT/fetched?q=1 200 Nms',
      ])
    })
  })

  describe('propagation: enabled once through the environment', () => {
    it('applies in worker threads, fork(), spawn(process.execPath) and cluster workers; not in a child whose env drops NODE_OPTIONS', async () => {
      const r = await runWithHooks({ node: node.path, script: 'family.mjs', cwd, bootstrap: 'http-timing' })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('worker: 200\nfork: 200\nspawn: 200\ncluster: 200\nexplicit-env: 200\nfamily done\n')
      const outgoing = timingLines(r.stderr).filter((l) => l.includes('outgoing'))
      expect(outgoing).toEqual(['worker', 'fork', 'spawn', 'cluster'].map((k) => `[http-timing] outgoing GET http://127.0.0.1:PORT/from-${k} 200 Nms`))
      // The parent's server still sees all five, the unhooked child included.
      expect(timingLines(r.stderr).filter((l) => l.includes('incoming'))).toHaveLength(5)
      // One report per process and thread that bootstrapped: the parent, the worker, fork, spawn, the cluster worker.
      expect(r.reports).toHaveLength(5)
      expect(r.entries('node:http', 'http-timing').map((e) => e.outcome)).toEqual(Array(5).fill('fired'))
    })
  })
})
