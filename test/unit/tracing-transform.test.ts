// The transform step in process: which entries apply, what counts as a
// wrapped function, and the outcome each entry gets (issue 27, item 1). The
// real processes are in test/integration/tracing-*.test.ts.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TracingOutcome } from '../../src/core/tracing-records.js'
import type { FunctionQuery, TracingSpec } from '../../src/core/tracing-spec.js'
import { TracingError, transformFile, type Format } from '../../src/tracing/transform.js'
import { FIXTURES } from '../helpers/nodes.js'

// traced-cjs@1.2.0: its package.json gives the version.
const DIR = join(FIXTURES, 'node_modules', 'traced-cjs')
let files = 0

const spec = (functionQuery: FunctionQuery, over: Partial<TracingSpec> = {}): TracingSpec => ({
  moduleName: 'traced-cjs',
  versionRange: undefined,
  filePath: 'lib/x.js',
  channelName: 'ch',
  functionQuery,
  astQuery: undefined,
  group: undefined,
  jsonPath: 'autowrapt.tracing[0]',
  ...over,
})

type Run = { code: string | undefined; outcomes: TracingOutcome[]; records: Array<{ spec: TracingSpec }> }

// Each run names a file of its own: the same file and source again is answered from memory (transform-memo.ts).
function run(source: string, specs: TracingSpec[], options: { format?: Format; strict?: boolean; file?: string } = {}): Run {
  const records = specs.map((s) => ({ spec: s }))
  const outcomes: TracingOutcome[] = []
  const file = options.file ?? join(DIR, 'lib', `unit-${++files}.js`)
  const code = transformFile(source, file, options.format ?? 'commonjs', { packageName: 'traced-cjs', dir: DIR, path: 'lib/x.js', records }, (_r, o) => void outcomes.push(o), options.strict ?? false)
  return { code, outcomes, records }
}

const CLASS = `
class Store {
  constructor (n) { this.n = n; this.later = function later () { return 1 } }
  get (k) { return this.n + k }
  get size () { return this.n }
}
module.exports = { Store }
`

describe('the transform step: what counts as applied', () => {
  it('a function declaration: applied, 1 function, the code publishes on the channel, and the outcome carries file, format, version and time', () => {
    const r = run('function add (a, b) { return a + b }\nmodule.exports = { add }\n', [spec({ functionName: 'add', kind: 'Sync' })])
    expect(r.outcomes).toMatchObject([{ status: 'applied', format: 'commonjs', version: '1.2.0', functions: 1 }])
    expect(r.outcomes[0]!.status === 'applied' && r.outcomes[0]!.ms >= 0).toBe(true)
    expect(r.code).toContain('orchestrion:traced-cjs:ch')
    expect(r.code).toContain('//# sourceMappingURL=data:application/json;charset=utf-8;base64,')
  })

  it('a missing method of a class whose constructor does not assign it: no-match with a did-you-mean, and the source is kept as written', () => {
    const r = run(CLASS, [spec({ className: 'Store', methodName: 'gett', kind: 'Sync' })])
    expect(r.outcomes).toEqual([{ status: 'no-match', file: expect.any(String), format: 'commonjs', version: '1.2.0', hint: 'did you mean "Store.get"?' }])
    expect(r.code).toBeUndefined()
  })

  it('a method the constructor assigns (this.later = function ...): applied through the constructor patch, 1 function', () => {
    const r = run(CLASS, [spec({ className: 'Store', methodName: 'later', kind: 'Sync' })])
    expect(r.outcomes).toMatchObject([{ status: 'applied', functions: 1 }])
    expect(r.code).toContain('this["later"]')
  })

  it('a class method is 1 function: the class node and the variable of `var X = class extends Y` are not counted', () => {
    const source = 'var Base = class {}\nvar Keyv = class extends Base {\n  async get (k) { return k }\n}\nmodule.exports = { Keyv }\n'
    const r = run(source, [spec({ className: 'Keyv', methodName: 'get', kind: 'Async' })])
    expect(r.outcomes).toMatchObject([{ status: 'applied', functions: 1 }])
  })

  it('a function named like the class is not the method: { className: "Ajv", methodName: "compile" } on function Ajv () {} is a no-match', () => {
    const r = run('function Ajv () {}\nAjv.prototype.compile = function () {}\nmodule.exports = Ajv\n', [spec({ className: 'Ajv', methodName: 'compile', kind: 'Sync' })])
    expect(r.outcomes).toMatchObject([{ status: 'no-match' }])
    expect(r.code).toBeUndefined()
  })

  it('a constructor-only query wraps the function of that name (an ES5 class)', () => {
    const r = run('function Ajv (o) { this.o = o }\nmodule.exports = Ajv\n', [spec({ className: 'Ajv' })])
    expect(r.outcomes).toMatchObject([{ status: 'applied', functions: 1 }])
  })

  it('a getter is never traced: no-match, said as such', () => {
    const r = run(CLASS, [spec({ className: 'Store', methodName: 'size', kind: 'Sync' })])
    expect(r.outcomes).toMatchObject([{ status: 'no-match', hint: 'Store.size is an accessor (get/set), which is never traced' }])
  })

  it('index: null counts every match; an astQuery counts the functions it selects', () => {
    const source = 'const a = { run () { return 1 } }\nconst b = { run () { return 2 } }\nmodule.exports = { a, b }\n'
    expect(run(source, [spec({ methodName: 'run', kind: 'Sync', index: null })]).outcomes).toMatchObject([{ status: 'applied', functions: 2 }])
    expect(run(source, [spec({ methodName: 'run', kind: 'Sync', index: 1 })]).outcomes).toMatchObject([{ status: 'applied', functions: 1 }])
    const astQuery = 'Property[key.name="run"] > FunctionExpression'
    expect(run(source, [spec({ kind: 'Sync', index: null }, { astQuery })]).outcomes).toMatchObject([{ status: 'applied', functions: 2 }])
    expect(run(source, [spec({ kind: 'Sync' }, { astQuery })]).outcomes).toMatchObject([{ status: 'applied', functions: 1 }])
  })

  it('two entries on one file: each its own outcome; the one that matched keeps the file transformed', () => {
    const r = run('function add (a, b) { return a + b }\nmodule.exports = { add }\n', [spec({ functionName: 'add', kind: 'Sync' }), spec({ functionName: 'ad', kind: 'Sync' })])
    expect(r.outcomes.map((o) => o.status)).toEqual(['applied', 'no-match'])
    expect(r.outcomes[1]).toMatchObject({ hint: 'did you mean "add"?' })
    expect(r.code).toContain('orchestrion:traced-cjs:ch')
  })

  it('an ES module is transformed as one', () => {
    const r = run('export function add (a, b) { return a + b }\n', [spec({ functionName: 'add', kind: 'Sync' })], { format: 'module' })
    expect(r.outcomes).toMatchObject([{ status: 'applied', format: 'module', functions: 1 }])
    expect(r.code).toContain('import tr_ch_apm_dc from "diagnostics_channel"')
  })
})

describe('the transform step: version ranges, failures and strict mode', () => {
  const add = 'function add (a, b) { return a + b }\nmodule.exports = { add }\n'

  it('a range the installed version satisfies applies; one it does not is skipped-version, and nothing is transformed', () => {
    expect(run(add, [spec({ functionName: 'add', kind: 'Sync' }, { versionRange: '^1.2.0' })]).outcomes).toMatchObject([{ status: 'applied' }])
    const skipped = run(add, [spec({ functionName: 'add', kind: 'Sync' }, { versionRange: '<1' })])
    expect(skipped.outcomes).toEqual([{ status: 'skipped-version', file: expect.any(String), version: '1.2.0', range: '<1' }])
    expect(skipped.code).toBeUndefined()
  })

  it('an invalid range fails the entry, saying so', () => {
    const r = run(add, [spec({ functionName: 'add', kind: 'Sync' }, { versionRange: 'not a range' })])
    expect(r.outcomes).toEqual([{ status: 'failed', file: expect.any(String), format: 'commonjs', error: 'invalid version range "not a range"' }])
    expect(r.code).toBeUndefined()
  })

  it('a file that does not parse fails every entry, the source is kept; AUTOWRAPT_STRICT throws after recording it', () => {
    const broken = 'function add ( {\n'
    const r = run(broken, [spec({ functionName: 'add', kind: 'Sync' })])
    expect(r.outcomes).toMatchObject([{ status: 'failed', format: 'commonjs' }])
    expect(r.code).toBeUndefined()
    const outcomes: TracingOutcome[] = []
    const match = { packageName: 'traced-cjs', dir: DIR, path: 'lib/x.js', records: [{ spec: spec({ functionName: 'add', kind: 'Sync' }) }] }
    expect(() => transformFile(broken, join(DIR, 'strict-broken.js'), 'commonjs', match, (_r, o) => void outcomes.push(o), true)).toThrow(TracingError)
    expect(outcomes).toHaveLength(1)
  })

  it('no function found: no-match (not failed), and under AUTOWRAPT_STRICT a throw naming the file', () => {
    expect(run(add, [spec({ functionName: 'nothing', kind: 'Sync' })]).outcomes).toMatchObject([{ status: 'no-match' }])
    expect(() => run(add, [spec({ functionName: 'nothing', kind: 'Sync' })], { strict: true })).toThrow(/an entry matched no function|Failed to find injection points/)
    expect(() => run(CLASS, [spec({ className: 'Store', methodName: 'gett', kind: 'Sync' })], { strict: true })).toThrow('an entry matched no function (AUTOWRAPT_STRICT)')
  })
})

describe('the transform step: one transform per file (issue 27, item 7)', () => {
  const add = 'function add (a, b) { return a + b }\nmodule.exports = { add }\n'

  it('the same source of the same file for the same entries gets the first answer, and no second outcome', () => {
    const records = [{ spec: spec({ functionName: 'add', kind: 'Sync' }) }]
    const outcomes: TracingOutcome[] = []
    const file = join(DIR, 'memo.js')
    const transform = (source: string, list = records) =>
      transformFile(source, file, 'commonjs', { packageName: 'traced-cjs', dir: DIR, path: 'lib/x.js', records: list }, (_r, o) => void outcomes.push(o), false)
    const first = transform(add)
    expect(transform(add)).toBe(first)
    expect(outcomes).toHaveLength(1)
    // Another source, or other entries, is transformed afresh.
    expect(transform(add + '\n')).not.toBe(first)
    expect(outcomes).toHaveLength(2)
    // The same entries and one more; then as many entries, one of them another.
    const other = { spec: spec({ functionName: 'add', kind: 'Sync' }, { channelName: 'other' }) }
    transform(add + '\n', [records[0]!, other])
    expect(outcomes).toHaveLength(4)
    transform(add + '\n', [records[0]!, { spec: other.spec }])
    expect(outcomes).toHaveLength(6)
    transform(add + '\n', [records[0]!, { spec: other.spec }].reverse())
    expect(outcomes).toHaveLength(8)
  })
})
