// Debug output and warnings. Debug is Node's own convention (NODE_DEBUG=autowrapt,
// read through util.debuglog) with AUTOWRAPT_DEBUG=1 as an alias. util.debuglog
// reads NODE_DEBUG once at process start, so the alias cannot be expressed by
// setting NODE_DEBUG later: we decide `debugEnabled` once here instead.
import { debuglog } from 'node:util'
import { isTruthyFlag } from './flags.js'

export type Channel = 'cjs' | 'esm' | 'builtin' | 'core' | 'wrap'

export const debugEnabled: boolean =
  debuglog('autowrapt').enabled || isTruthyFlag(process.env.AUTOWRAPT_DEBUG)

/**
 * Writes one debug line: `AUTOWRAPT <pid> <channel>: <message>`.
 * Callers guard with `if (debugEnabled)` so that nothing is formatted when off.
 */
export function debug(channel: Channel, message: string): void {
  if (!debugEnabled) return
  process.stderr.write(`AUTOWRAPT ${process.pid} ${channel}: ${message}\n`)
}

/** Stable warning codes; documented in the README's "Warnings" table. */
export const WarningCode = {
  InvalidName: 'AUTOWRAPT_INVALID_NAME',
  UnknownName: 'AUTOWRAPT_UNKNOWN_NAME',
  UnknownGroup: 'AUTOWRAPT_UNKNOWN_GROUP',
  InvalidConfig: 'AUTOWRAPT_INVALID_CONFIG',
  UnsafeHookPath: 'AUTOWRAPT_UNSAFE_HOOK_PATH',
  HookNotFound: 'AUTOWRAPT_HOOK_NOT_FOUND',
  HookLoadFailed: 'AUTOWRAPT_HOOK_LOAD_FAILED',
  HookExport: 'AUTOWRAPT_HOOK_EXPORT',
  HookFailed: 'AUTOWRAPT_HOOK_FAILED',
  AlreadyLoaded: 'AUTOWRAPT_ALREADY_LOADED',
  InvalidRange: 'AUTOWRAPT_INVALID_RANGE',
  BuiltinReplaced: 'AUTOWRAPT_BUILTIN_REPLACED',
  EsmUnavailable: 'AUTOWRAPT_ESM_UNAVAILABLE',
  WrapFailed: 'AUTOWRAPT_WRAP_FAILED',
  DoubleWrap: 'AUTOWRAPT_DOUBLE_WRAP',
  InternalError: 'AUTOWRAPT_INTERNAL_ERROR',
  WrongEntry: 'AUTOWRAPT_WRONG_ENTRY',
} as const
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode]

/**
 * Emits a one-line process warning with a stable code. Never throws: a warning
 * must not be the thing that breaks the host application.
 */
export function warn(code: WarningCode, message: string): void {
  if (debugEnabled) debug('core', `warning ${code}: ${message}`)
  try {
    process.emitWarning(message, { code, type: 'AutowraptWarning' })
  } catch {
    // process.emitWarning can only throw if someone replaced it; stay silent.
  }
}

/** One-line description of a thrown value, for warnings. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.split('\n')[0]!
  return String(error)
}
