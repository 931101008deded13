// One file's transformation: which of its entries apply (version range), the
// code-transformer run (loaded on first use, never at startup), and one
// outcome per entry. Anything that goes wrong leaves the source untouched.
import type * as CodeTransformer from '@apm-js-collab/code-transformer'
import { readPackageJson } from '../core/package-info.js'
import { requireOwn } from '../core/own-modules.js'
import type { TracingOutcome } from '../core/tracing-records.js'
import type { TracingSpec } from '../core/tracing-spec.js'
import { isValidRange, satisfiesRange } from '../core/versions.js'
import { describeError } from '../report/log.js'
import type { FileMatch } from './entry-index.js'
import { traceKeepingKind } from './post-pass.js'
import { mapLineStarts } from './source-maps.js'
import { recallTransform, rememberTransform } from './transform-memo.js'
import { namesIn, noMatchHint, type FileNames } from './file-names.js'
import { namesTarget, shapeOf, type AstNode } from './wrapped-functions.js'

export type Format = 'commonjs' | 'module'
export type OutcomeSink<R> = (record: R, outcome: TracingOutcome) => void

/** Thrown (only under AUTOWRAPT_STRICT) after the outcome is recorded. */
export class TracingError extends Error {}

let transformer: typeof CodeTransformer | undefined
const NO_INJECTION = 'Failed to find injection points'

function configFor(spec: TracingSpec, version: string, path: string, counter: { n: number }): CodeTransformer.InstrumentationConfig {
  const countingTransform: CodeTransformer.CustomTransform = (state, node, parent, ancestry) => {
    // Getters and setters are left alone: code-transformer would give them
    // parameters, which is a SyntaxError. An entry naming only one is a no-match.
    if (parent?.type === 'MethodDefinition' && (parent.kind === 'get' || parent.kind === 'set')) return
    // Only a visit that wraps the function the entry names counts (wrapped-functions.ts).
    if (!namesTarget(spec.functionQuery, spec.astQuery !== undefined, node as AstNode, parent as AstNode | undefined)) return
    const before = shapeOf(node as AstNode)
    traceKeepingKind(spec.channelName, node as Parameters<typeof traceKeepingKind>[1], () =>
      state.transforms[state.operator]!(state, node, parent, ancestry),
    )
    if (before !== shapeOf(node as AstNode)) counter.n++
  }
  // The version range was already checked with autowrapt's semantics
  // (prereleases count); code-transformer checks its own, so give it the exact version.
  const module = { name: spec.moduleName, versionRange: version, filePath: path }
  const functionQuery = spec.functionQuery as CodeTransformer.FunctionQuery
  return spec.astQuery === undefined
    ? { channelName: spec.channelName, module, functionQuery, transform: countingTransform }
    : { channelName: spec.channelName, module, astQuery: spec.astQuery, functionQuery, transform: countingTransform }
}

function versionAllows<R extends { spec: TracingSpec }>(
  record: R,
  file: string,
  version: string | undefined,
  sink: OutcomeSink<R>,
  format: Format,
): boolean {
  const range = record.spec.versionRange
  if (range === undefined) return true
  if (!isValidRange(range)) {
    sink(record, { status: 'failed', file, format, error: `invalid version range "${range}"` })
    return false
  }
  if (version !== undefined && satisfiesRange(version, range)) return true
  sink(record, { status: 'skipped-version', file, version, range })
  return false
}

function inlineMap(map: string | undefined): string {
  if (map === undefined) return ''
  return `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(mapLineStarts(map)).toString('base64')}\n`
}

/**
 * Transforms `source` of `filename` for the entries in `match`. Returns the new
 * source, or undefined to keep the original. Reports one outcome per entry,
 * once: the same source for the same entries again gets the same answer (transform-memo.ts).
 */
export function transformFile<R extends { spec: TracingSpec }>(
  source: string,
  filename: string,
  format: Format,
  match: FileMatch<R>,
  sink: OutcomeSink<R>,
  strict: boolean,
): string | undefined {
  const previous = recallTransform(filename, source, match.records)
  if (previous !== undefined) return previous.code
  const code = transformFresh(source, filename, format, match, sink, strict)
  rememberTransform(filename, source, match.records, code)
  return code
}

function transformFresh<R extends { spec: TracingSpec }>(
  source: string,
  filename: string,
  format: Format,
  match: FileMatch<R>,
  sink: OutcomeSink<R>,
  strict: boolean,
): string | undefined {
  const json = readPackageJson(match.dir)
  const version = typeof json?.version === 'string' ? json.version : undefined
  const applicable = match.records.filter((r) => versionAllows(r, filename, version, sink, format))
  if (applicable.length === 0) return undefined
  // Parsed again only for an entry that matched nothing, to say what the file has instead.
  let names: FileNames | undefined | null = null
  const hint = (spec: TracingSpec): string | undefined => noMatchHint(spec, names === null ? (names = namesIn(source, format)) : names)
  const started = process.hrtime.bigint()
  const counters = applicable.map(() => ({ n: 0 }))
  let code: string
  try {
    transformer ??= requireOwn<typeof CodeTransformer>('@apm-js-collab/code-transformer')
    const exact = version ?? '0.0.0'
    const configs = applicable.map((r, i) => configFor(r.spec, exact, match.path, counters[i]!))
    const result = transformer
      .create(configs)
      .getTransformer(match.packageName, exact, match.path)!
      .transform(source, format === 'module' ? 'esm' : 'cjs', undefined, { sourceFile: filename })
    code = result.code + inlineMap(result.map)
  } catch (error) {
    const noMatch = counters.every((c) => c.n === 0) && error instanceof Error && error.message.startsWith(NO_INJECTION)
    for (const r of applicable) {
      sink(
        r,
        noMatch
          ? { status: 'no-match', file: filename, format, version, hint: hint(r.spec) }
          : { status: 'failed', file: filename, format, error: describeError(error) },
      )
    }
    if (strict) throw new TracingError(`autowrapt: tracing ${filename}: ${describeError(error)}`, { cause: error })
    return undefined
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  applicable.forEach((r, i) => {
    const functions = counters[i]!.n
    sink(
      r,
      functions > 0
        ? { status: 'applied', file: filename, format, version, functions, ms }
        : { status: 'no-match', file: filename, format, version, hint: hint(r.spec) },
    )
  })
  if (strict && counters.some((c) => c.n === 0))
    throw new TracingError(`autowrapt: tracing ${filename}: an entry matched no function (AUTOWRAPT_STRICT)`)
  // Nothing wrapped: the file loads as written, not as regenerated.
  return counters.some((c) => c.n > 0) ? code : undefined
}
