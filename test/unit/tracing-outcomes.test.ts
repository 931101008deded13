// The line each tracing outcome gets (a debug line or a warning), and what an
// entry whose file never loaded is told.
import { join, sep } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TracingRecord } from '../../src/core/tracing-records.js'
import type { TracingSpec } from '../../src/core/tracing-spec.js'
import { describeOutcome, recordOutcome } from '../../src/tracing/outcomes.js'
import { describeLoaded, explainNotLoaded, loadedFilesOf } from '../../src/tracing/not-loaded.js'
import { FIXTURES } from '../helpers/nodes.js'
import { captureWarnings } from '../helpers/warnings.js'

afterEach(() => void vi.restoreAllMocks())

const spec = (over: Partial<TracingSpec> = {}): TracingSpec => ({
  moduleName: 'traced-keyv',
  filePath: 'dist/index.cjs',
  versionRange: undefined,
  channelName: 'get',
  functionQuery: { className: 'Keyv', methodName: 'get', kind: 'Async' },
  astQuery: undefined,
  group: undefined,
  jsonPath: 'autowrapt.tracing[0]',
  ...over,
})
const record = (over: Partial<TracingSpec> = {}): TracingRecord => ({
  spec: spec(over),
  packageName: 'p',
  packageDir: join(FIXTURES, 'node_modules', 'tracing-outcomes-patches'),
  channel: 'orchestrion:traced-keyv:get',
  disabled: false,
  outcomes: [],
})
const WHO = 'tracing entry autowrapt.tracing[0] of "p" (traced-keyv/dist/index.cjs Keyv.get (Async) -> orchestrion:traced-keyv:get)'

describe('the line for each outcome', () => {
  it('applied: a debug line with the count (singular and plural), format and time', () => {
    const applied = { status: 'applied', file: '/f.js', format: 'module', version: '1.0.0', functions: 1, ms: 1.234 } as const
    expect(describeOutcome(record(), applied)).toEqual({ message: `applied ${WHO} to /f.js: 1 function (module, 1.23 ms)` })
    expect(describeOutcome(record(), { ...applied, functions: 2 }).message).toBe(`applied ${WHO} to /f.js: 2 functions (module, 1.23 ms)`)
  })

  it('skipped-version: a debug line with the version (or that it is unknown) and the range', () => {
    expect(describeOutcome(record(), { status: 'skipped-version', file: '/f.js', version: '1.0.0', range: '^2' })).toEqual({
      message: `skipped ${WHO} on /f.js: version 1.0.0 does not satisfy "^2"`,
    })
    expect(describeOutcome(record(), { status: 'skipped-version', file: '/f.js', version: undefined, range: '^2' }).message).toContain('version (unknown) does not')
  })

  it('no-match: AUTOWRAPT_TRACING_NO_MATCH, with the hint when there is one', () => {
    const noMatch = { status: 'no-match', file: '/f.js', format: 'commonjs', version: '1.0.0' } as const
    expect(describeOutcome(record(), noMatch)).toEqual({
      code: 'AUTOWRAPT_TRACING_NO_MATCH',
      message: `${WHO} matched no function in /f.js; it loads without this entry's tracing`,
    })
    expect(describeOutcome(record(), { ...noMatch, hint: 'did you mean "get"?' }).message).toBe(
      `${WHO} matched no function in /f.js (did you mean "get"?); it loads without this entry's tracing`,
    )
  })

  it('failed: AUTOWRAPT_TRACING_FAILED, with the error', () => {
    expect(describeOutcome(record(), { status: 'failed', file: '/f.js', format: 'commonjs', error: 'SyntaxError: x' })).toEqual({
      code: 'AUTOWRAPT_TRACING_FAILED',
      message: `${WHO} could not transform /f.js: SyntaxError: x; the file loads unchanged`,
    })
  })

  it('recordOutcome stores the outcome on the record and warns only for the warning kinds', () => {
    const warnings = captureWarnings()
    const r = record()
    recordOutcome(r, { status: 'applied', file: '/f.js', format: 'module', version: '1.0.0', functions: 1, ms: 1 })
    recordOutcome(r, { status: 'no-match', file: '/g.js', format: 'module', version: '1.0.0' })
    expect(r.outcomes.map((o) => o.status)).toEqual(['applied', 'no-match'])
    expect(warnings.codes()).toEqual(['AUTOWRAPT_TRACING_NO_MATCH'])
  })
})

describe('an entry whose file never loaded', () => {
  const keyv = join(FIXTURES, 'node_modules', 'traced-keyv')

  it('the files of its package that loaded, from the hooks (with their format) and require.cache (CommonJS), each once', () => {
    const seen = new Map([
      [join(keyv, 'dist', 'index.js'), 'module'],
      [join(FIXTURES, 'node_modules', 'traced-cjs', 'lib', 'api.js'), 'commonjs'],
    ])
    const files = loadedFilesOf('traced-keyv', seen, [join(keyv, 'dist', 'index.cjs'), join(keyv, 'dist', 'index.js'), join(keyv, 'dist', 'x.mjs'), join(sep, 'app', 'a.js')])
    expect(files).toEqual([
      { dir: keyv, path: 'dist/index.js', format: 'module' },
      { dir: keyv, path: 'dist/index.cjs', format: 'commonjs' },
      { dir: keyv, path: 'dist/x.mjs', format: 'module' },
    ])
  })

  it('a file whose loader gave no format: from its extension and the package type', () => {
    expect(loadedFilesOf('traced-keyv', new Map([[join(keyv, 'dist', 'index.js'), undefined]]), [])).toEqual([{ dir: keyv, path: 'dist/index.js', format: 'module' }])
    const cjs = join(FIXTURES, 'node_modules', 'traced-cjs')
    expect(loadedFilesOf('traced-cjs', new Map([[join(cjs, 'lib', 'api.js'), undefined]]), [])).toEqual([{ dir: cjs, path: 'lib/api.js', format: 'commonjs' }])
    // A format the loader names that is neither (json, wasm, another loader's) is kept as given.
    expect(loadedFilesOf('traced-cjs', new Map([[join(cjs, 'package.json'), 'json']]), [])).toEqual([{ dir: cjs, path: 'package.json', format: 'json' }])
  })

  it('a package without a version says so', () => {
    const noVersion = join(FIXTURES, 'node_modules', 'traced-keyv', 'dist')
    expect(describeLoaded(record(), [{ dir: noVersion, path: 'x.js', format: 'module' }])).toBe('traced-keyv@(no version) loaded x.js (module); this entry names dist/index.cjs')
  })

  it('worded per copy of the package, with its version, and the file the entry names', () => {
    const other = join(FIXTURES, 'node_modules', 'traced-cjs')
    expect(
      describeLoaded(record(), [
        { dir: keyv, path: 'dist/index.js', format: 'module' },
        { dir: keyv, path: 'dist/other.js', format: 'module' },
        { dir: other, path: 'lib/api.js', format: 'commonjs' },
      ]),
    ).toBe('traced-keyv@5.6.0 loaded dist/index.js (module), dist/other.js (module); traced-keyv@1.2.0 loaded lib/api.js (commonjs); this entry names dist/index.cjs')
  })

  it('nothing of it loaded: said per what this thread can see; a package not installed gets the closest installed name', () => {
    expect(explainNotLoaded(record(), new Map(), true)).toBe('no file of traced-keyv@5.6.0 was loaded')
    expect(explainNotLoaded(record(), new Map(), false)).toBe(
      'no CommonJS file of traced-keyv@5.6.0 was loaded (on this Node, ES module files are seen only when an entry names them)',
    )
    expect(explainNotLoaded(record({ moduleName: 'traced-keyvv' }), new Map(), true)).toBe(
      'traced-keyvv is not installed where "p" or the application is; did you mean "traced-keyv"?',
    )
    expect(explainNotLoaded(record(), new Map([[join(keyv, 'dist', 'index.js'), 'module']]), true)).toBe(
      'traced-keyv@5.6.0 loaded dist/index.js (module); this entry names dist/index.cjs',
    )
  })
})
