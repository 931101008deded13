// `autowrapt check` validates `span` declarations (the runtime's own reading)
// and shows what each entry records as an OpenTelemetry span.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { FIXTURES } from '../helpers/node.js'

const PACKAGES = join(FIXTURES, 'node_modules')

describe('autowrapt check: span declarations', () => {
  it('a valid package: each entry with a span declaration is shown with its name, kind, end and attributes', () => {
    const r = runCli(['check', join(PACKAGES, 'otel-demo-spans')])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines.at(-1)).toBe('autowrapt check: otel-demo-spans@1.0.0 OK (0 hooks in 0 files, 10 tracing entries)')
    expect(lines.slice(0, 4)).toEqual([
      'span: autowrapt.tracing[0] (orchestrion:otel-demo-lib:parse): span "demo.parse", kind internal, ends when the call returns; attributes: code.function.name, demo.text=arguments[0], demo.length=result.length, demo.version=moduleVersion',
      'span: autowrapt.tracing[1] (orchestrion:otel-demo-lib:fetchRecord): span "otel-demo-lib.fetchRecord", kind internal, ends when its promise settles; attributes: code.function.name, demo.rows=result.rows',
      'span: autowrapt.tracing[2] (orchestrion:otel-demo-lib:readFile): span "otel-demo-lib.readFile", kind client, ends when its callback is called; attributes: code.function.name, file.path=arguments[0]',
      'span: autowrapt.tracing[3] (orchestrion:otel-demo-lib:query): span (database convention), kind client, ends when its promise settles; attributes: code.function.name, db.system.name="demo", db.operation.name="SELECT", db.query.text=arguments[0], server.address=self.host',
    ])
    // The entry without a span declaration (stream) records the defaults; --json lists it too.
    expect(r.stdout).not.toContain('tracing[4]')
    const json = JSON.parse(runCli(['check', '--json', join(PACKAGES, 'otel-demo-spans')]).stdout) as { spans: Array<{ jsonPath: string; declared: boolean; records: string }> }
    expect(json.spans[4]).toEqual({
      jsonPath: 'autowrapt.tracing[4]',
      channel: 'orchestrion:otel-demo-lib:stream',
      declared: false,
      records: 'span "otel-demo-lib.stream", kind internal, ends when the call returns; attributes: code.function.name',
    })
  })

  it('bad span declarations are problems with their JSON paths and codes, and the entries are still shown', () => {
    const r = runCli(['check', '--json', join(PACKAGES, 'otel-bad-spans')])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout) as { problems: Array<{ code: string; jsonPath: string }>; spans: Array<{ records: string }> }
    expect(json.problems.map((p) => `${p.code} ${p.jsonPath}`)).toEqual([
      'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.kind',
      'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.attributes.home',
      'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.attributes.code',
      'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[1].span.colour',
    ])
    expect(json.spans.map((s) => s.records)).toEqual([
      'span "otel-demo-lib.parse", kind internal, ends when the call returns; attributes: code.function.name, text=arguments[0]',
      'span "db.query", kind client, ends when its promise settles; attributes: code.function.name, leak=self.secret, host=self.host',
    ])
  })
})
