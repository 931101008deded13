// Pure parse of the AUTOWRAPT_* environment variables into a frozen, typed
// config. Nothing here touches the file system or emits anything, so it can be
// unit-tested and called cheaply at startup.

export type Config = {
  /** Names from AUTOWRAPT_BOOTSTRAP: trimmed, non-empty, de-duplicated, in order. */
  readonly bootstrap: readonly string[]
  /** AUTOWRAPT_STRICT=1: hook errors propagate to the importer, as in wrapt. */
  readonly strict: boolean
  /** AUTOWRAPT_DISABLE entries: `<package>`, `<package>:<target>` or `<target>`. */
  readonly disable: readonly string[]
  /** AUTOWRAPT_REPORT: undefined (off), 'stderr' (for 1, true, yes, on, stderr) or a file path for JSON lines. */
  readonly report: string | undefined
  /**
   * AUTOWRAPT_ESM: unset, empty or any "on" spelling hooks ES modules; `0`,
   * `false`, `no` or `off` leaves them alone, so a CommonJS process on a Node
   * without usable sync hooks starts no loader thread (see the README).
   */
  readonly esm: boolean
  /**
   * On a Node without usable sync hooks, the loader thread starts at bootstrap,
   * unless AUTOWRAPT_ESM=deferred: then a process whose entry point is
   * CommonJS starts it before the first module that may load ESM
   * (esm/deferred-start.ts). Opt-in, because it can miss an import() no
   * source shows (README, Limitations).
   */
  readonly esmThreadAtOnce: boolean
  /** AUTOWRAPT_OTEL=1: the tracing entries' channels become OpenTelemetry spans (src/otel/, docs/opentelemetry.md). */
  readonly otel: boolean
}

import { isTruthyFlag, TRUE_WORDS } from '../report/flags.js'

type Env = Record<string, string | undefined>

/** Splits a comma-separated list, trimming names and dropping empties and duplicates. */
export function parseNameList(value: string | undefined): string[] {
  if (value === undefined) return []
  const names: string[] = []
  for (const part of value.split(',')) {
    const name = part.trim()
    if (name !== '' && !names.includes(name)) names.push(name)
  }
  return names
}

function parseReport(value: string | undefined): string | undefined {
  if (value === undefined || !isTruthyFlag(value)) return undefined
  const v = value.trim()
  // Any spelling of "on" means stderr: `yes` must not become a file named `yes`.
  return TRUE_WORDS.has(v.toLowerCase()) || v.toLowerCase() === 'stderr' ? 'stderr' : v
}

export function parseConfig(env: Env = process.env): Config {
  return Object.freeze({
    bootstrap: Object.freeze(parseNameList(env.AUTOWRAPT_BOOTSTRAP)),
    strict: isTruthyFlag(env.AUTOWRAPT_STRICT),
    disable: Object.freeze(parseNameList(env.AUTOWRAPT_DISABLE)),
    report: parseReport(env.AUTOWRAPT_REPORT),
    esm: env.AUTOWRAPT_ESM === undefined || env.AUTOWRAPT_ESM.trim() === '' || isTruthyFlag(env.AUTOWRAPT_ESM),
    esmThreadAtOnce: env.AUTOWRAPT_ESM?.trim().toLowerCase() !== 'deferred',
    otel: isTruthyFlag(env.AUTOWRAPT_OTEL),
  })
}
