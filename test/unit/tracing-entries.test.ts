import { describe, expect, it } from 'vitest'
import { readManifest } from '../../src/core/manifest.js'
import { channelOf, describeQuery } from '../../src/core/tracing-spec.js'

const entry = (over: Record<string, unknown> = {}) => ({
  channelName: 'parse',
  module: { name: 'yaml', versionRange: '^2', filePath: './dist/public-api.js' },
  functionQuery: { functionName: 'parse', kind: 'Sync' },
  ...over,
})
const problemsOf = (tracing: unknown) => readManifest({ tracing }).problems.map((p) => `${p.code} ${p.jsonPath}: ${p.message}`)

describe('tracing entries in the autowrapt field', () => {
  it('reads an orchestrion / tracing-hooks config as written, normalising the file path', () => {
    const m = readManifest({ tracing: [entry()] })
    expect(m.problems).toEqual([])
    expect(m.tracing).toEqual([{ moduleName: 'yaml', versionRange: '^2', filePath: 'dist/public-api.js', channelName: 'parse', functionQuery: { functionName: 'parse', kind: 'Sync' }, astQuery: undefined, group: undefined, jsonPath: 'autowrapt.tracing[0]' }])
    expect(channelOf(m.tracing[0]!)).toBe('orchestrion:yaml:parse')
  })

  it('accepts every query shape, versions as an alias of versionRange, and astQuery with behaviour only', () => {
    const m = readManifest({
      tracing: [
        entry({ functionQuery: { expressionName: 'parse', kind: 'Async', index: null } }),
        entry({ functionQuery: { className: 'Client', methodName: 'query', kind: 'Auto', callbackIndex: -1 } }),
        entry({ functionQuery: { className: 'Client', privateMethodName: 'send', kind: 'Callback' } }),
        entry({ functionQuery: { className: 'Client' } }),
        entry({ functionQuery: { methodName: 'run', kind: 'Sync', index: 1 }, module: { name: '@scope/pkg', versions: '>=1', filePath: 'a.mjs' } }),
        entry({ functionQuery: undefined, astQuery: 'ReturnStatement > ArrowFunctionExpression' }),
      ],
    })
    expect(m.problems).toEqual([])
    expect(m.tracing.map(describeQuery)).toEqual([
      'parse [index null] (Async)', 'Client.query (Auto)', 'Client.#send (Callback)', 'Client.constructor (Sync)', '*.run [index 1] (Sync)',
      'astQuery "ReturnStatement > ArrowFunctionExpression" (Sync)',
    ])
    expect(m.tracing[4]!.versionRange).toBe('>=1')
  })

  it('refuses what cannot be declared or would break out of generated code, each with its JSON path', () => {
    expect(problemsOf([
      entry({ channelName: 'a"b' }),
      entry({ module: { name: 'yaml', filePath: '/abs.js' } }),
      entry({ module: { name: 'yaml', filePath: 'a.js', versionRange: '^1', versions: '^1' } }),
      entry({ functionQuery: { functionName: 'x"]', kind: 'Sync' } }),
      entry({ functionQuery: { methodName: 'run' } }),
      entry({ astQuery: 'X', functionQuery: { functionName: 'f' } }),
      entry({ transform: 'custom' }),
    ])).toEqual([
      'AUTOWRAPT_INVALID_TRACING autowrapt.tracing[0].channelName: channelName must be a non-empty string of letters, digits and _ . : / @ + -',
      'AUTOWRAPT_INVALID_TRACING autowrapt.tracing[1].module.filePath: filePath "/abs.js" must be relative to the package root',
      'AUTOWRAPT_INVALID_TRACING autowrapt.tracing[2].module.versions: give "versionRange" or its alias "versions", not both',
      'AUTOWRAPT_INVALID_TRACING autowrapt.tracing[3].functionQuery.functionName: functionName must be a JavaScript identifier',
      'AUTOWRAPT_INVALID_TRACING autowrapt.tracing[4].functionQuery.kind: kind is required: "Sync", "Async", "Callback" or "Auto"',
      'AUTOWRAPT_INVALID_TRACING autowrapt.tracing[5].functionQuery.functionName: with astQuery, functionQuery only takes kind, index, callbackIndex and isExportAlias (the selector does the matching)',
      'AUTOWRAPT_INVALID_TRACING autowrapt.tracing[6].transform: unknown property "transform" (custom transforms are code; declarative entries cannot name one)',
    ])
  })

  it('a group holds its entries under "tracing"; a hook on a package named "tracing" is still a hook', () => {
    const m = readManifest({ groups: { otel: { pg: './hooks/pg.js', tracing: [entry()] }, other: { tracing: './hooks/tracing.js' } } })
    expect(m.problems).toEqual([])
    expect(m.groups.get('otel')!.map((h) => h.target.name)).toEqual(['pg'])
    expect(m.groupTracing.get('otel')!.map((t) => [t.group, t.jsonPath])).toEqual([['otel', 'autowrapt.groups.otel.tracing[0]']])
    expect(m.groups.get('other')!.map((h) => h.target.name)).toEqual(['tracing'])
    expect(m.groupTracing.get('other')).toEqual([])
  })
})
