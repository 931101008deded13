// The operator is never left in silence (issue 26, finding 9). Loaded by the
// register entries only when some AUTOWRAPT_ variable is set, so a process
// with none pays one look at the environment's names and nothing more:
// - AUTOWRAPT_REPORT or AUTOWRAPT_DEBUG without AUTOWRAPT_BOOTSTRAP: one line
//   saying that autowrapt is off here, and why;
// - an AUTOWRAPT_ variable autowrapt does not read (AUTOWRAPT_BOOSTRAP): a
//   warning with the closest name it does read.
import { isMainThread } from 'node:worker_threads'
import { isTruthyFlag } from '../report/flags.js'
import { warn, WarningCode } from '../report/log.js'
import { closest } from './did-you-mean.js'

/** The variables autowrapt reads (README "Environment variables"). */
const OPERATOR_VARIABLES = [
  'AUTOWRAPT_BOOTSTRAP',
  'AUTOWRAPT_DISABLE',
  'AUTOWRAPT_REPORT',
  'AUTOWRAPT_STRICT',
  'AUTOWRAPT_ESM',
  'AUTOWRAPT_DEBUG',
  'AUTOWRAPT_OTEL',
]
/** Variables earlier releases read, with what replaces them. */
const REMOVED: Readonly<Record<string, string>> = {
  AUTOWRAPT_CACHE: 'autowrapt keeps no code cache of its own any more; NODE_COMPILE_CACHE (Node 22.1+) covers it like the application',
}
/** Read by this repository's tests, benchmarks and suites (README "Development", benchmarks/README.md), never by the runtime: no warning for them. */
const DEVELOPMENT_VARIABLES = [
  'AUTOWRAPT_TEST_NODES',
  'AUTOWRAPT_BENCH_NODES',
  'AUTOWRAPT_NODE_CACHE',
  'AUTOWRAPT_BUILD_VERSION',
  'AUTOWRAPT_CORPUS_ROOT',
  'AUTOWRAPT_CORPUS_JOBS',
  'AUTOWRAPT_AGENTS_ROOT',
]
const KNOWN: ReadonlySet<string> = new Set([...OPERATOR_VARIABLES, ...DEVELOPMENT_VARIABLES])

let checked = false

/** The messages for `env`, in order: each a code and a text (pure, for tests). */
export function environmentProblems(env: NodeJS.ProcessEnv): Array<{ code: WarningCode; message: string }> {
  const problems: Array<{ code: WarningCode; message: string }> = []
  for (const name of Object.keys(env)) {
    if (!name.startsWith('AUTOWRAPT_') || KNOWN.has(name)) continue
    if (Object.hasOwn(REMOVED, name)) {
      problems.push({ code: WarningCode.UnknownVariable, message: `${name} is no longer read: ${REMOVED[name]}` })
      continue
    }
    const suggestion = closest(name, OPERATOR_VARIABLES)
    problems.push({
      code: WarningCode.UnknownVariable,
      message: `${name} is not a variable autowrapt reads${suggestion ? `; did you mean ${suggestion}?` : ` (it reads ${OPERATOR_VARIABLES.join(', ')})`}`,
    })
  }
  const on = /[^\s,]/.test(env.AUTOWRAPT_BOOTSTRAP ?? '')
  const asked = ['AUTOWRAPT_REPORT', 'AUTOWRAPT_DEBUG'].filter((name) => isTruthyFlag(env[name]))
  if (!on && asked.length > 0) {
    problems.push({
      code: WarningCode.NotBootstrapped,
      message: `${asked.join(' and ')} ${asked.length > 1 ? 'are' : 'is'} set, but AUTOWRAPT_BOOTSTRAP is ${env.AUTOWRAPT_BOOTSTRAP === undefined ? 'not set' : 'empty'}, so autowrapt is off in this process (${process.argv[1] ?? 'node'}, pid ${process.pid}); set AUTOWRAPT_BOOTSTRAP to the patch packages or groups to apply`,
    })
  }
  return problems
}

/** Warns once per process (main thread only: workers share its environment) about what `environmentProblems` finds. */
export function checkEnvironment(): void {
  if (checked || !isMainThread) return
  checked = true
  for (const { code, message } of environmentProblems(process.env)) warn(code, message)
}
