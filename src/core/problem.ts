// The one shape of a problem, wherever it is found (the `autowrapt` field, a
// bootstrap name, a hook file on disk, `autowrapt check`), and the one way a
// step that can fail says so: it returns a Result. Throwing is kept for misuse
// of the API by a developer, as everywhere in autowrapt.
import type { WarningCode } from '../report/log.js'

export type Problem<Code extends string = WarningCode> = {
  /** The warning code the runtime emits for it (`autowrapt check` adds a few of its own). */
  readonly code: Code
  readonly message: string
  /** Where in package.json: `autowrapt.hooks.pg`, `name`; null when the problem is in no package.json (a bootstrap name). */
  readonly jsonPath: string | null
}

export type Failure<Code extends string = WarningCode> = { readonly ok: false; readonly problem: Problem<Code> }
export type Result<T, Code extends string = WarningCode> = { readonly ok: true; readonly value: T } | Failure<Code>

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value }
}

export function fail<Code extends string>(code: Code, message: string, jsonPath: string | null = null): Failure<Code> {
  return { ok: false, problem: { code, message, jsonPath } }
}
