import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'

const cwd = join(ROOT, 'examples/tracing')

forEachNode((node) => {
  describe('examples/tracing: a patch package with no JavaScript traces real npm packages', () => {
    for (const [app, axiosFile, axiosFormat] of [['app.cjs', 'dist/node/axios.cjs', 'commonjs'], ['app.mjs', 'lib/core/Axios.js', 'module']] as const) {
      it(`${app}: yaml.parse (sync), axios request to a local server (promise) and tmp.file (callback) are timed by a plain diagnostics_channel subscriber`, () => {
        const plain = runNode(node, [app], { cwd, preload: null })
        const r = runNode(node, ['--import', './subscriber.cjs', app], { cwd, bootstrap: 'tracing-timings', env: { AUTOWRAPT_REPORT: '1' } })
        expect(r.code).toBe(0)
        expect(r.warnings).toEqual([])
        expect(plain.stdout).toBe('config: {"service":"billing","port":0,"retries":3}\nresponse: {"path":"/invoices"}\ntemporary file created: true\n')
        expect(r.stdout).toBe(plain.stdout)
        const timings = r.stderr.split('\n').filter((l) => l.startsWith('[timing]')).map((l) => l.replace(/ [\d.]+ ms$/, ' N ms'))
        expect(timings).toEqual(['[timing] yaml.parse 36 chars ok in N ms', '[timing] axios.request get ok in N ms', '[timing] tmp.file callback ok in N ms'])
        expect(r.stderr).toMatch(/^tracing-timings\s+yaml\/dist\/public-api\.js\s+tracing applied\s+parse \(Sync\) -> orchestrion:yaml:parse; 1 function in commonjs 2\.\d+\.\d+$/m)
        expect(r.stderr).toMatch(new RegExp(`^tracing-timings\\s+axios/${axiosFile.replace('.', '\\.')}\\s+tracing applied\\s+Axios\\.request \\(Async\\) -> orchestrion:axios:request; 1 function in ${axiosFormat} 1\\.`, 'm'))
        expect(r.stderr).toMatch(/^tracing-timings\s+tmp\/lib\/tmp\.js\s+tracing applied\s+file \(Callback\) -> orchestrion:tmp:file; 1 function in commonjs 0\.2\.\d+$/m)
      })
    }
  })
})
