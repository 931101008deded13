import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, forEachNode, runNode } from '../helpers/node.js'

const cwd = join(ROOT, 'examples/otel')

forEachNode((node) => {
  describe('examples/otel: a patch package with no JavaScript yields OpenTelemetry spans', () => {
    it('npm run example:otel: yaml, axios and tmp calls go to the console exporter and end in a printed span tree', () => {
      const plain = runNode(node, ['app.cjs'], { cwd, preload: null })
      const r = runNode(node, ['app.cjs'], {
        cwd,
        preload: null,
        bootstrap: 'otel-spans',
        nodeOptions: ['--import', 'autowrapt/opentelemetry/register', '--require', './otel.cjs'],
      })
      expect(r.code).toBe(0)
      expect(r.stderr).toBe('')
      expect(plain.stdout).toBe('config: {"service":"billing","port":0,"retries":3}\nresponse: {"path":"/invoices"}\ntemporary file created: true\n')
      for (const line of plain.stdout.trim().split('\n')) expect(r.stdout).toContain(`${line}\n`)
      // OpenTelemetry's console exporter printed each span, from the "autowrapt" instrumentation scope.
      for (const name of ['yaml.parse', 'yaml.parseDocument', 'get', 'axios.dispatchRequest', 'tmp.file']) expect(r.stdout).toContain(`name: '${name}'`)
      expect(r.stdout).toContain("instrumentationScope: { name: 'autowrapt'")
      const tree = r.stdout.slice(r.stdout.indexOf('--- span tree ---\n')).replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
      expect(tree).toBe(
        [
          '--- span tree ---',
          'yaml.parse [internal] code.function.name="parse" yaml.source.length=36',
          '  yaml.parseDocument [internal] code.function.name="parseDocument" yaml.errors=0',
          'get [client] code.function.name="Axios.request" http.request.method="get" url.full="http://127.0.0.1:<port>/invoices" http.response.status_code=200',
          '  axios.dispatchRequest [internal] code.function.name="dispatchRequest"',
          'tmp.file [internal] code.function.name="file" tmp.prefix="otel-example-"',
          '',
        ].join('\n'),
      )
    })
  })
})
