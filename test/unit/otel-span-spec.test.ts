// The `span` declaration as the runtime reads it, attribute paths as the
// bridge reads them (own data properties only), and the per-entry plan.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parsePath, readSpan } from '../../src/core/span-spec.js'
import type { Problem } from '../../src/core/problem.js'
import { addAttributes, toAttributeValue } from '../../src/otel/attributes.js'
import { planSpan, spanName } from '../../src/otel/span-plan.js'
import type { TracingSpec } from '../../src/core/tracing-spec.js'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => vi.restoreAllMocks())

function read(value: unknown) {
  const problems: Problem[] = []
  return { span: readSpan(value, 'autowrapt.tracing[0].span', problems), problems: problems.map((p) => `${p.code} ${p.jsonPath}`) }
}

describe('span declarations', () => {
  it('paths: arguments, self, result and moduleVersion with .name, [0] and ["key"] steps; nothing else', () => {
    expect(parsePath('arguments[0].text')).toEqual({ root: 'arguments', steps: [0, 'text'] })
    expect(parsePath('self["a b"][\'c\'].d')).toEqual({ root: 'self', steps: ['a b', 'c', 'd'] })
    expect(parsePath('moduleVersion')).toEqual({ root: 'moduleVersion', steps: [] })
    for (const bad of ['this.x', 'arguments[0].toString()', 'result[x]', 'argumentsX', 'self..a', 'result.a-b']) expect(parsePath(bad)).toBeUndefined()
  })

  it('literals: plain strings, numbers, booleans and { value }; a string that reads like member access must be a valid path', () => {
    const { span, problems } = read({
      kind: 'client',
      attributes: { a: 'postgresql', b: 5, c: true, d: { value: 'db.example.com' }, e: 'db.example.com', f: 'result.rowCount', g: null },
    })
    expect(problems).toEqual(['AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.attributes.e', 'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.attributes.g'])
    expect(span?.kind).toBe('client')
    expect(span?.attributes.map((a) => a.key)).toEqual(['a', 'b', 'c', 'd', 'f'])
  })

  it('a bad kind, name or unknown property is dropped with its path; the rest of the declaration stands', () => {
    const { span, problems } = read({ kind: 'sideways', name: '', extra: 1, attributes: { x: 'self.host' } })
    expect(problems).toEqual([
      'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.extra',
      'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.name',
      'AUTOWRAPT_INVALID_SPAN autowrapt.tracing[0].span.kind',
    ])
    expect(span).toMatchObject({ name: undefined, kind: undefined, attributes: [{ key: 'x', root: 'self', steps: ['host'] }] })
  })
})

describe('reading attribute paths', () => {
  const spec = read({ attributes: { text: 'arguments[0].text', secret: 'self.secret', proto: 'self.inherited', rows: 'result.rows', n: 'arguments[1]' } }).span!

  it('reads own data properties; a getter is never called and is said once with its JSON path', () => {
    const warnings = captureWarnings()
    const getter = vi.fn(() => 'secret')
    const self = Object.create({ inherited: 'from the prototype' }, { secret: { get: getter, enumerable: true } })
    const event = { arguments: [{ text: 'select 1' }, 10n], self }
    expect(addAttributes({}, spec.attributes, event, false, 'p')).toEqual({ text: 'select 1', n: '10' })
    addAttributes({}, spec.attributes, event, false, 'p')
    expect(getter).not.toHaveBeenCalled()
    expect(warnings.pairs()).toEqual([
      ['AUTOWRAPT_INVALID_SPAN', 'autowrapt: span attribute autowrapt.tracing[0].span.attributes.secret of "p": "secret" is a getter; the attribute is left out (no code on the path is run)'],
    ])
  })

  it('a Proxy on the path is not looked into (its traps are code)', () => {
    const warnings = captureWarnings()
    const trap = vi.fn()
    const event = { arguments: [new Proxy({ text: 'x' }, { getOwnPropertyDescriptor: trap })] }
    expect(addAttributes({}, spec.attributes, event, false, 'p')).toEqual({})
    expect(trap).not.toHaveBeenCalled()
    expect(warnings.codes()).toEqual(['AUTOWRAPT_INVALID_SPAN'])
  })

  it('result paths are read at the end only; objects and mixed arrays are not attribute values', () => {
    expect(addAttributes({}, spec.attributes, { result: { rows: 2 } }, true, 'p')).toEqual({ rows: 2 })
    expect(toAttributeValue({})).toBeUndefined()
    expect(toAttributeValue([1, 'a'])).toBeUndefined()
    expect(toAttributeValue(['a', 'b'])).toEqual(['a', 'b'])
    expect(toAttributeValue(Number.NaN)).toBeUndefined()
  })
})

describe('span plans', () => {
  const entry = (span: unknown, kind: TracingSpec['functionQuery']['kind'] = 'Async'): TracingSpec => ({
    moduleName: 'pg',
    versionRange: undefined,
    filePath: 'lib/client.js',
    channelName: 'query',
    functionQuery: { className: 'Client', methodName: 'query', kind },
    astQuery: undefined,
    group: undefined,
    jsonPath: 'autowrapt.tracing[0]',
    span: span === undefined ? undefined : read(span).span,
  })

  it('defaults: <module>.<channelName>, internal, code.function.name; Sync ends at end, the other kinds at asyncEnd', () => {
    const plan = planSpan(entry(undefined, 'Sync'), 'pkg')
    expect([spanName(plan, {}), plan.kind, plan.fixed, plan.sync]).toEqual(['pg.query', 'internal', { 'code.function.name': 'Client.query' }, true])
    expect(planSpan(entry(undefined, 'Callback'), 'pkg').sync).toBe(false)
  })

  it('an entry declaring db.system.name follows the database conventions: kind client, name "<operation> <collection>"', () => {
    const plan = planSpan(entry({ attributes: { 'db.system.name': 'postgresql', 'db.operation.name': 'arguments[0].op', 'db.collection.name': 'arguments[0].table' } }), 'pkg')
    expect(plan.kind).toBe('client')
    expect(spanName(plan, { 'db.system.name': 'postgresql', 'db.operation.name': 'SELECT', 'db.collection.name': 'users' })).toBe('SELECT users')
    expect(spanName(plan, { 'db.system.name': 'postgresql' })).toBe('postgresql')
    expect(spanName(planSpan(entry({ name: 'pg.query', kind: 'server', attributes: { 'db.system.name': 'postgresql' } }), 'pkg'), {})).toBe('pg.query')
  })
})
