// The OpenTelemetry bridge with the real SDK: tracing entries with `span`
// declarations (test/fixtures/node_modules/otel-demo-spans) turn calls into a
// CommonJS and an ES module library into spans, nested across await,
// callbacks and event emitters, with no code in the patch package.
import { describe, expect, it } from 'vitest'
import { forEachNode, runNode } from '../helpers/node.js'
import { spanLines } from '../helpers/spans.js'

/** The span tree of test/fixtures/apps/otel/exercise.cjs against one demo library. */
function expectedTree(lib: string, prefix: string, version: string): string[] {
  const parse = (text: string, extra = '') =>
    `${prefix}.parse (internal)${extra} code.function.name="parse"${text === 'bad' ? '' : ` demo.length=${text.length}`} demo.text="${text}" demo.version="${version}"`
  return [
    'request (internal)',
    `  ${parse('hello')}`,
    `  ${parse('bad', ' error: cannot parse bad events=exception')}`,
    // A manual span in a callback is the caller's child, not the traced function's.
    '  in-callback (internal)',
    `  ${lib}.readFile (client) code.function.name="readFile" file.path="a.txt"`,
    `  ${lib}.readFile (client) error: no such file: missing events=exception code.function.name="readFile" file.path="missing"`,
    `  ${lib}.stream (internal) code.function.name="stream"`,
    `    ${parse('row0')}`,
    `    ${parse('row1')}`,
    // The database convention: kind client, name from db.operation.name.
    '  SELECT (client) code.function.name="Client.query" db.operation.name="SELECT" db.query.text="select 1" db.system.name="demo" server.address="db.local"',
    `    ${lib}.fetchRecord (internal) code.function.name="fetchRecord" demo.rows=2`,
    `      ${parse('select 1')}`,
  ]
}

const CJS = expectedTree('otel-demo-lib', 'demo', '1.2.3')
const ESM = expectedTree('otel-demo-esm', 'demo-esm', '2.0.0')

forEachNode((node) => {
  // On Node 20 the tracing loader thread also runs a --require'd SDK setup,
  // and autowrapt says so (AUTOWRAPT_PRELOAD_IN_LOADER_THREAD); nothing else is printed.
  const expectOnlyLoaderThreadPreloadWarning = (stderr: string): void => {
    const warnings = [...stderr.matchAll(/^\(node:\d+\) \[([A-Z0-9_]+)\]/gm)].map((m) => m[1])
    expect(warnings).toEqual(node.major === 20 ? ['AUTOWRAPT_PRELOAD_IN_LOADER_THREAD'] : [])
    expect(stderr.split('\n').filter((line) => line !== '' && !line.startsWith('(node:') && !line.startsWith('(Use `node'))).toEqual([])
  }
  describe('OpenTelemetry bridge: spans from tracing entries, with the real SDK', () => {
    for (const [app, tree] of [['apps/otel/app.cjs', CJS], ['apps/otel/app.mjs', ESM]] as const) {
      it(`${app}: AUTOWRAPT_OTEL=1 records sync, promise, callback and class-method calls as a span tree with declared attributes and error status`, () => {
        const r = runNode(node, [app], { bootstrap: 'otel-demo-spans', env: { AUTOWRAPT_OTEL: '1' } })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        expect(spanLines(r.stdout)).toEqual(tree)
      })
    }

    for (const preload of ['--require', '--import'] as const) {
      it(`${preload} autowrapt/opentelemetry/register turns the bridge on with no AUTOWRAPT_OTEL, whatever the preload order`, () => {
        const r = runNode(node, ['apps/otel/app.cjs'], { preload: null, bootstrap: 'otel-demo-spans', nodeOptions: [preload, 'autowrapt/opentelemetry/register'] })
        expect(r.stderr).toBe('')
        expect(spanLines(r.stdout)).toEqual(CJS)
      })
    }

    it('as an instrumentation in a --require\'d SDK setup (before --import autowrapt/register): registerInstrumentations enables it, disable() and enable() switch spans off and on', () => {
      const r = runNode(node, ['--require', './apps/otel/sdk-setup.cjs', 'apps/otel/sdk-app.cjs'], { bootstrap: 'otel-demo-spans' })
      expectOnlyLoaderThreadPreloadWarning(r.stderr)
      expect(r.stdout).toBe('enabled: demo.parse(enabled)\ndisabled: (none)\nre-enabled: demo.parse(re-enabled)\n')
    })

    it('an instrumentation made with { enabled: false } records nothing until enable()', () => {
      const r = runNode(node, ['--require', './apps/otel/sdk-setup.cjs', 'apps/otel/sdk-app.cjs'], { bootstrap: 'otel-demo-spans', env: { START_DISABLED: '1' } })
      expectOnlyLoaderThreadPreloadWarning(r.stderr)
      expect(r.stdout).toBe('enabled: (none)\ndisabled: (none)\nre-enabled: demo.parse(re-enabled)\n')
    })

    it('with no tracer provider registered it records nothing and sets no context; a provider registered later gets the next calls', () => {
      const r = runNode(node, ['apps/otel/late-provider.cjs'], { bootstrap: 'otel-demo-spans', env: { AUTOWRAPT_OTEL: '1' } })
      expect(r.stderr).toBe('')
      expect(r.stdout).toBe('active span in a callback with no provider: none\n[["demo.parse","after"]]\n')
    })

    it('with no provider the application runs as without the bridge', () => {
      const plain = runNode(node, ['apps/otel/app.cjs'], { preload: null, env: { NO_PROVIDER: '1' } })
      const bridged = runNode(node, ['apps/otel/app.cjs'], { bootstrap: 'otel-demo-spans', env: { NO_PROVIDER: '1', AUTOWRAPT_OTEL: '1' } })
      expect(plain.stdout).toBe('"ProxyTracerProvider"\n')
      expect(bridged.stdout).toBe(plain.stdout)
      expect(bridged.stderr).toBe('')
    })

    it('bad span declarations: AUTOWRAPT_INVALID_SPAN with each JSON path, a getter on a path is never run, and the entries still trace', () => {
      const r = runNode(node, ['apps/otel/app.cjs'], { bootstrap: 'otel-bad-spans', env: { AUTOWRAPT_OTEL: '1' } })
      expect(r.code).toBe(0)
      expect(r.warnings).toEqual(Array(5).fill('AUTOWRAPT_INVALID_SPAN'))
      for (const said of [
        'autowrapt.tracing[0].span.kind: kind must be one of internal, server, client, producer, consumer',
        'autowrapt.tracing[0].span.attributes.home: "process.env.HOME" is not a path over arguments, self, result or moduleVersion',
        'autowrapt.tracing[0].span.attributes.code: "arguments[0].toString()" is not a path',
        'autowrapt.tracing[1].span.colour: unknown property "colour"',
        'span attribute autowrapt.tracing[1].span.attributes.leak of "otel-bad-spans": "secret" is a getter; the attribute is left out',
      ])
        expect(r.stderr).toContain(said)
      expect(r.stdout).not.toContain('GETTER RAN')
      expect(spanLines(r.stdout)).toEqual([
        'request (internal)',
        '  db.query (client) code.function.name="Client.query" host="db.local"',
        '    otel-demo-lib.parse (internal) code.function.name="parse" text="select 1"',
        '  in-callback (internal)',
        '  otel-demo-lib.parse (internal) code.function.name="parse" text="hello"',
        '  otel-demo-lib.parse (internal) code.function.name="parse" text="row0"',
        '  otel-demo-lib.parse (internal) code.function.name="parse" text="row1"',
        '  otel-demo-lib.parse (internal) error: cannot parse bad events=exception code.function.name="parse" text="bad"',
      ])
    })
  })
})
