// Debug output and warnings. Debug is Node's own convention (NODE_DEBUG=autowrapt,
// read through util.debuglog) with AUTOWRAPT_DEBUG=1 as an alias. util.debuglog
// reads NODE_DEBUG once at process start, so the alias cannot be expressed by
// setting NODE_DEBUG later: we decide `debugEnabled` once here instead.
import { writeSync } from 'node:fs'
import { debuglog } from 'node:util'
import { isTruthyFlag } from './flags.js'

export type Channel = 'cjs' | 'esm' | 'builtin' | 'core' | 'wrap' | 'tracing'

export const debugEnabled: boolean = debuglog('autowrapt').enabled || isTruthyFlag(process.env.AUTOWRAPT_DEBUG)

/**
 * Writes one debug line: `AUTOWRAPT <pid> <channel>: <message>`.
 * Callers guard with `if (debugEnabled)` so that nothing is formatted when off.
 */
export function debug(channel: Channel, message: string): void {
  if (!debugEnabled) return
  process.stderr.write(`AUTOWRAPT ${process.pid} ${channel}: ${oneLine(message)}\n`)
}

/** Stable warning codes; documented in the README's "Warnings" table. */
export const WarningCode = {
  InvalidName: 'AUTOWRAPT_INVALID_NAME',
  UnknownName: 'AUTOWRAPT_UNKNOWN_NAME',
  UnknownGroup: 'AUTOWRAPT_UNKNOWN_GROUP',
  InvalidConfig: 'AUTOWRAPT_INVALID_CONFIG',
  InvalidDisable: 'AUTOWRAPT_INVALID_DISABLE',
  UnsafeHookPath: 'AUTOWRAPT_UNSAFE_HOOK_PATH',
  HookNotFound: 'AUTOWRAPT_HOOK_NOT_FOUND',
  HookLoadFailed: 'AUTOWRAPT_HOOK_LOAD_FAILED',
  HookExport: 'AUTOWRAPT_HOOK_EXPORT',
  HookFailed: 'AUTOWRAPT_HOOK_FAILED',
  AlreadyLoaded: 'AUTOWRAPT_ALREADY_LOADED',
  InvalidRange: 'AUTOWRAPT_INVALID_RANGE',
  BuiltinReplaced: 'AUTOWRAPT_BUILTIN_REPLACED',
  EsmUnavailable: 'AUTOWRAPT_ESM_UNAVAILABLE',
  Unhookable: 'AUTOWRAPT_UNHOOKABLE',
  AdapterUnavailable: 'AUTOWRAPT_ADAPTER_UNAVAILABLE',
  ReportUnwritable: 'AUTOWRAPT_REPORT_UNWRITABLE',
  LoaderMisuse: 'AUTOWRAPT_LOADER_MISUSE',
  IncompatibleCopy: 'AUTOWRAPT_INCOMPATIBLE_COPY',
  WrapFailed: 'AUTOWRAPT_WRAP_FAILED',
  DoubleWrap: 'AUTOWRAPT_DOUBLE_WRAP',
  EsmCycle: 'AUTOWRAPT_ESM_CYCLE',
  ForeignLoader: 'AUTOWRAPT_FOREIGN_LOADER',
  InvalidTracing: 'AUTOWRAPT_INVALID_TRACING',
  TracingNoMatch: 'AUTOWRAPT_TRACING_NO_MATCH',
  TracingFailed: 'AUTOWRAPT_TRACING_FAILED',
  InternalError: 'AUTOWRAPT_INTERNAL_ERROR',
  WrongEntry: 'AUTOWRAPT_WRONG_ENTRY',
  PreloadInLoaderThread: 'AUTOWRAPT_PRELOAD_IN_LOADER_THREAD',
  InvalidSpan: 'AUTOWRAPT_INVALID_SPAN',
  OtelUnavailable: 'AUTOWRAPT_OTEL_UNAVAILABLE',
  InvalidPackageJson: 'AUTOWRAPT_INVALID_PACKAGE_JSON',
  UnknownVariable: 'AUTOWRAPT_UNKNOWN_VARIABLE',
  NotBootstrapped: 'AUTOWRAPT_NOT_BOOTSTRAPPED',
  TooManyHooks: 'AUTOWRAPT_TOO_MANY_HOOKS',
  Bundled: 'AUTOWRAPT_BUNDLED',
} as const
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode]

const PREFIX = 'autowrapt: '

// Names and paths in messages come from package.json files and environment
// variables: a newline or an escape sequence in one must not split a warning
// over lines or drive the terminal, so control characters are shown escaped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The text of a warning as printed: `autowrapt: ` and the message, on one line. */
export function warningText(message: string): string {
  return PREFIX + oneLine(message)
}

/**
 * Emits a one-line process warning with a stable code. `message` is written
 * without the `autowrapt: ` prefix; this function adds it. Never throws: a
 * warning must not be the thing that breaks the host application.
 */
export function warn(code: WarningCode, message: string): void {
  const text = warningText(message)
  if (debugEnabled) debug('core', `warning ${code}: ${text}`)
  try {
    process.emitWarning(text, { code, type: 'AutowraptWarning' })
  } catch {
    // process.emitWarning can only throw if someone replaced it; stay silent.
  }
}

function warningsSilenced(): boolean {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  return flags.includes('--no-warnings')
}

/**
 * The same warning, written to stderr at once. process.emitWarning prints on a
 * later tick, which never comes inside an `exit` handler: there, this is the
 * only way a warning is seen. It follows Node's format and `--no-warnings`.
 */
export function warnNow(code: WarningCode, message: string): void {
  const text = warningText(message)
  if (debugEnabled) debug('core', `warning ${code}: ${text}`)
  if (warningsSilenced()) return
  try {
    writeSync(2, `(node:${process.pid}) [${code}] AutowraptWarning: ${text}\n`)
  } catch {
    // stderr is closed: nothing can be said.
  }
}

/** One informational line on stderr, not a warning: `autowrapt: ` and the message. Never throws. */
export function notice(message: string): void {
  try {
    process.stderr.write(`${warningText(message)}\n`)
  } catch {
    // stderr is closed: nothing can be said.
  }
}

/** One-line description of a thrown value, for warnings. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.split('\n')[0]!
  try {
    return String(error)
  } catch {
    return typeof error
  }
}
